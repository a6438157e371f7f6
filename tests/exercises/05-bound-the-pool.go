package main

import "fmt"

func work(n int) int {
	s := 0
	for i := 0; i < n*100; i++ {
		s += i % 7
	}
	return s
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			for n := range jobs {
				results <- work(n)
			}
		}()
	}
	go func() {
		for j := 1; j <= 40; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	total := 0
	for j := 1; j <= 40; j++ {
		total += <-results
	}
	fmt.Println("total:", total)
}
