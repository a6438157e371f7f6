// GOTRACEBACK=all
// A panic with GOTRACEBACK=all lists the panicking goroutine first, then every other one:
// blocked on a channel, in WaitGroup.Wait, in Mutex.Lock and in time.Sleep.
package main

import (
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	mu.Lock()
	go func() { <-ch }()
	go func() { wg.Wait() }()
	go func() { mu.Lock() }()
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(100 * time.Millisecond)
	var m map[string]int
	m["x"] = 1
}
