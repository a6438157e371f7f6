package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 1000)
	for i := range 1000 {
		wg.Add(1)
		go func() {
			results <- i
			wg.Done()
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum", sum)
}
