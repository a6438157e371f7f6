package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- j * id / id * 2
	}
	wg.Done()
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	n := 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println("results:", n, "sum:", sum)
}
