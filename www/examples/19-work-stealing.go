package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 0; i < 20000; i++ {
		s += (i * n) % 3
	}
	return s
}

func main() {
	// main creates every goroutine, so they all land in main's P's run queue; idle Ps find
	// nothing of their own and steal half of that queue.
	var wg sync.WaitGroup
	results := make([]int, 32)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = work(i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
