package main

import (
	"fmt"
	"sync"
)

func snapshot(m *sync.Mutex) sync.Mutex { return *m }

func main() {
	var mu sync.Mutex
	mu.Lock()
	s := snapshot(&mu)
	fmt.Println(s.TryLock())
	var wg sync.WaitGroup
	wg.Add(1)
	p := &wg
	c := *p
	c.Done()
	c.Wait()
	fmt.Println("copy done")
}
