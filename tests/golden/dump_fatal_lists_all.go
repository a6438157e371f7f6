// A fatal error (here the unlock of an unlocked Mutex) lists every goroutine even with
// GOTRACEBACK=single, as Go's runtime does for any throw; a panic would list one.
package main

import (
	"sync"
	"time"
)

func waiter(ch chan int) {
	<-ch
}

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	go waiter(ch)
	go func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Wait()
	}()
	time.Sleep(100 * time.Millisecond)
	mu.Unlock()
}
