package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	jobs := make(chan int, 100)
	results := make(chan []int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- []int{j, square(j), id}
			}
		}(w)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	squares := make(map[int]int)
	byWorker := map[int]int{}
	for r := range results {
		squares[r[0]] = r[1]
		byWorker[r[2]]++
	}
	fmt.Println(len(squares), squares)
	total := 0
	for _, n := range byWorker {
		total += n
	}
	fmt.Println("jobs done:", total)
	// Maps are references: a function sees and changes the caller's map.
	double(squares)
	fmt.Println(squares[3], squares[20])
	// Map values of channel type, and maps captured by closures.
	chans := map[string]chan string{}
	for _, name := range []string{"a", "b", "c"} {
		chans[name] = make(chan string, 1)
	}
	for name, ch := range chans {
		go func(n string, c chan string) { c <- "hello " + n }(name, ch)
	}
	got := map[string]string{}
	for name, ch := range chans {
		got[name] = <-ch
	}
	fmt.Println(got)
}

func double(m map[int]int) {
	for k, v := range m {
		m[k] = 2 * v
	}
}
