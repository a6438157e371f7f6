package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	results := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			sum := 0
			for i := 0; i < 4; i++ {
				sum += q.get()
			}
			results <- sum
		}()
	}
	for i := 1; i <= 12; i++ {
		q.put(i)
	}
	total := 0
	for w := 0; w < 3; w++ {
		total += <-results
	}
	fmt.Println("total", total)

	// Broadcast with an RWMutex as the Locker, and a Cond made as a literal.
	var rw sync.RWMutex
	c := sync.Cond{L: &rw}
	ready := false
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for !ready {
				c.Wait()
			}
			c.L.Unlock()
		}()
	}
	c.L.Lock()
	ready = true
	c.Broadcast()
	c.L.Unlock()
	wg.Wait()
	fmt.Println("all released")

	// A Signal with no waiter is not remembered.
	var mu sync.Mutex
	c2 := sync.NewCond(&mu)
	c2.Signal()
	c2.Broadcast()
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println(c2.L == l)
	l.Unlock()
}
