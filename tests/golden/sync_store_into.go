package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	mu   sync.Mutex
	hits atomic.Int64
	n    int
}

func main() {
	var a, b sync.Mutex
	p := &a
	b.Lock()
	*p = b
	fmt.Println("a locked via *p:", !a.TryLock())
	a.Unlock()
	q := &b
	b = sync.Mutex{}
	fmt.Println("b reset, q sees:", q.TryLock())

	var s1, s2 Stats
	s2.hits.Store(9)
	s2.n = 3
	s2.mu.Lock()
	ps := &s1
	s1 = s2
	fmt.Println(ps.hits.Load(), ps.n, !ps.mu.TryLock())
	s2.hits.Add(1)
	fmt.Println(s1.hits.Load(), s2.hits.Load())

	var wg sync.WaitGroup
	wg.Add(2)
	var w2 sync.WaitGroup
	pw := &w2
	w2 = wg
	pw.Add(-2)
	pw.Wait()
	fmt.Println("w2 copy reached zero")
	defer func() { fmt.Println("recovered:", recover()) }()
	var w3 sync.WaitGroup
	w3 = w2
	w3.Done()
}
