package main

import (
	"fmt"
	"runtime"
)

func main() {
	turn := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range turn {
			runtime.Gosched()
			fmt.Println("goroutine got", v)
			done <- true
		}
	}()
	for i := range 3 {
		turn <- i
		runtime.Gosched()
		<-done
		fmt.Println("main continues", i)
	}
	close(turn)
}
