package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	start := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			<-start
			wg.Done()
		}()
	}
	fmt.Println("with 5 blocked:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	fmt.Println("released")
}
