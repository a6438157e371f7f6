// Package-level variables whose address is taken (atomic.AddInt64(&counter, 1), p := &total):
// they live in a heap box shared by every pointer to them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var counter int64
var mu sync.Mutex
var total int

type Config struct{ N int }

var cfg Config

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, 1)
			mu.Lock()
			total++
			mu.Unlock()
		}()
	}
	wg.Wait()
	p := &total
	*p += 100
	c := &cfg
	c.N = 7
	fmt.Println(atomic.LoadInt64(&counter), total, cfg.N)
}
