package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	results := make(chan string, 5)
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			v, ok := <-ch
			results <- fmt.Sprintf("%d %t", v, ok)
			wg.Done()
		}()
	}
	close(ch)
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		if r == "0 false" {
			n++
		}
	}
	fmt.Println("woken by close:", n)
}
