package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, out chan<- int) {
	for j := range jobs {
		out <- j * 10
	}
}

func main() {
	jobs := make(chan int)
	out := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ { // fan out: three workers read the same channel
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(w, jobs, out)
		}()
	}
	go func() {
		for i := 1; i <= 9; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { // close out once every worker is done
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out { // fan in: one reader collects every result
		sum += v
	}
	fmt.Println("sum:", sum)
}
