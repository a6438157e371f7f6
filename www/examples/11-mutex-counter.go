package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++ // only one goroutine at a time gets here
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter)
}
