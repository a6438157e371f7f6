package main

import (
	"fmt"
	"strings"
	"sync"
)

type S struct {
	mu *sync.Mutex
	wg *sync.WaitGroup
}

func main() {
	s := S{mu: &sync.Mutex{}, wg: &sync.WaitGroup{}}
	s.mu.Lock()
	s.wg.Add(1)
	go func() { defer s.wg.Done(); fmt.Println("in") }()
	s.wg.Wait()
	s.mu.Unlock()
	m := sync.Mutex{}
	m.Lock()
	m.Unlock()
	b := &strings.Builder{}
	b.WriteString("hi")
	fmt.Println(b.String())
	rw := &sync.RWMutex{}
	rw.RLock()
	rw.RUnlock()
	o := &sync.Once{}
	o.Do(func() { fmt.Println("once") })
	var sm = &sync.Map{}
	sm.Store(1, 2)
	fmt.Println(sm.Load(1))
	wg := sync.WaitGroup{}
	wg.Add(1)
	wg.Done()
	wg.Wait()
	fmt.Println("ok")
}
