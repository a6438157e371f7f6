package main

import (
	"fmt"
	"sync"
)

func main() {
	var gate sync.WaitGroup
	var all sync.WaitGroup
	gate.Add(1)
	woke := make(chan int, 4)
	for i := range 4 {
		all.Add(1)
		go func() {
			gate.Wait()
			woke <- i
			all.Done()
		}()
	}
	gate.Done()
	all.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println("waiters woken, ids sum to", sum)

	// a zero WaitGroup does not block, and it can be reused
	var wg sync.WaitGroup
	wg.Wait()
	for round := 1; round <= 3; round++ {
		total := 0
		lock := make(chan bool, 1)
		wg.Add(round)
		for k := 0; k < round; k++ {
			go func() {
				lock <- true
				total += k + 1
				<-lock
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
	wg.Add(2)
	wg.Add(-2)
	wg.Wait()
	fmt.Println("done")
}
