package main

import (
	"fmt"
	"sync"
	"time"
)

// In normal mode a running goroutine that asks for a just-unlocked mutex gets it before the
// waiter Unlock woke (which has yet to run): main prints first.
func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("waiter got the mutex")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond) // the goroutine parks in Lock
	mu.Unlock()
	mu.Lock()
	fmt.Println("main took it back first")
	mu.Unlock()
	<-done
}
