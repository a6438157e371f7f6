package main

import (
	"fmt"
	"sync"
)

// A map shared by many goroutines, guarded by a mutex (the Tour's SafeCounter, without
// the struct).
var (
	mu     sync.Mutex
	counts = map[string]int{}
)

func inc(key string) {
	mu.Lock()
	counts[key]++
	mu.Unlock()
}

func value(key string) int {
	mu.Lock()
	defer mu.Unlock()
	return counts[key]
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				inc("somekey")
				if j%2 == 0 {
					inc(fmt.Sprint("k", i%5))
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(value("somekey"))
	fmt.Println(counts)
}
