package main

import (
	"fmt"
	"sync"
)

// A goroutine that holds the mutex almost all the time, in a loop, cannot starve another
// that waits for it: after 1 ms of waiting the mutex switches to starvation mode and the
// next Unlock hands it over.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	rounds := 0
	stop := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			mu.Lock()
			if stop {
				mu.Unlock()
				return
			}
			rounds++
			x := 0
			for i := 0; i < 2000; i++ {
				x += i
			}
			_ = x
			mu.Unlock()
		}
	}()
	for rounds == 0 {
		mu.Lock()
		mu.Unlock()
	}
	mu.Lock()
	stop = true
	mu.Unlock()
	wg.Wait()
	fmt.Println("the waiter got the mutex")
}
