package main

import (
	"fmt"
	"runtime"
)

func main() {
	const n = 1_000_000
	gate := make(chan struct{})
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			<-gate // every goroutine parks here, on the same channel
			done <- 1
		}()
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
	close(gate) // one close wakes all of them
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("all woke up:", sum)
}
