package main

import (
	"fmt"
	"sync"
)

// A named function rather than a closure: yaegi 0.14 mis-evaluates goroutine closures.
func work(i int, results chan int, wg *sync.WaitGroup) {
	results <- i % 7
	wg.Done()
}

// Spawn 10,000 goroutines and wait for all of them with a WaitGroup.
func main() {
	const n = 10000
	var wg sync.WaitGroup
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go work(i, results, &wg)
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println(sum)
}
