package main

import (
	"fmt"
	"sync"
)

func main() {
	lock := make(chan bool, 1)
	count := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			for i := 0; i < 1000; i++ {
				lock <- true
				count++
				<-lock
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("count =", count)
}
