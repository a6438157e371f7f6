package main

import (
	"fmt"
	"sync"
	"time"
)

// Go by Example "WaitGroups", adapted: workers sleep id*40ms, so they finish
// in id order; "starting" lines are only counted, since their order is racy.
func worker(id int, started chan int, out chan string) {
	started <- id
	time.Sleep(time.Duration(id*40) * time.Millisecond)
	out <- fmt.Sprintf("Worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	started := make(chan int, 5)
	out := make(chan string, 5)

	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			worker(i, started, out)
			wg.Done()
		}()
	}

	wg.Wait()
	close(started)
	close(out)
	sum := 0
	for id := range started {
		sum += id
	}
	fmt.Println("started ids sum to", sum)
	for line := range out {
		fmt.Println(line)
	}
}
