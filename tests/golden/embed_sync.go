// sync.Mutex and sync.WaitGroup embedded by value and through pointers: their methods
// are promoted, including through a pointer to the struct, in go and defer statements,
// and two levels down.
package main

import (
	"fmt"
	"sync"
)

type tally struct {
	sync.Mutex
	counts map[string]int
}

func (t *tally) add(k string, n int) {
	t.Lock()
	defer t.Unlock()
	t.counts[k] += n
}

type job struct {
	sync.WaitGroup
	tally // two levels: job.Lock is tally.Mutex.Lock
	name  string
}

type guard struct {
	*sync.Mutex // shared by every guard made from the same mutex
	hits        *int
}

func (g guard) hit() {
	g.Lock()
	*g.hits++
	g.Unlock()
}

func main() {
	j := &job{tally: tally{counts: map[string]int{}}, name: "count"}
	words := []string{"go", "chan", "go", "select", "chan", "go"}
	for i, w := range words {
		j.Add(1)
		go func() {
			defer j.Done()
			j.add(w, i+1)
		}()
	}
	j.Wait()
	j.Lock()
	fmt.Println(j.name, j.counts["go"], j.counts["chan"], j.counts["select"], len(j.counts))
	j.Unlock()

	var mu sync.Mutex
	n := 0
	g1 := guard{&mu, &n}
	g2 := guard{Mutex: &mu, hits: &n}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); g1.hit() }()
		go func() { defer wg.Done(); g2.hit() }()
	}
	wg.Wait()
	fmt.Println("hits:", n)

	// The embedded Mutex is the same one that g1 and g2 lock.
	g1.Lock()
	done := make(chan bool)
	go func() {
		g2.hit()
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("g2 got in while g1 held the lock")
	default:
		fmt.Println("g2 waits for g1")
	}
	g1.Unlock()
	<-done
	fmt.Println("hits:", n)
}
