package main

import (
	"fmt"
	"sync"
	"time"
)

// A goroutine blocked in Lock gets the mutex when its holder unlocks it.
func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("worker got the lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main unlocks")
	mu.Unlock()
	<-done
	mu.Lock()
	fmt.Println("main got it back")
}
