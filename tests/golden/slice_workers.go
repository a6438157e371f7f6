// A worker pool: jobs come from a slice, results are collected into a slice by index.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, inputs []int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results[j] = inputs[j] * inputs[j]
	}
}

func main() {
	inputs := []int{}
	for i := 1; i <= 20; i++ {
		inputs = append(inputs, i)
	}
	results := make([]int, len(inputs))
	jobs := make(chan int, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, inputs, results, &wg)
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(results)
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("total", total)

	// Channels of slices and slices of channels.
	batches := make(chan []string, 2)
	go func() {
		batches <- []string{"a", "b"}
		batches <- []string{"c"}
		close(batches)
	}()
	var all []string
	for b := range batches {
		all = append(all, b...)
	}
	fmt.Println(all, len(all))

	chans := make([]chan int, 3)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(i int) { chans[i] <- i * 10 }(i)
	}
	for _, ch := range chans {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
