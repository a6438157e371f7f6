package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	wg sync.WaitGroup
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	defer c.wg.Done()
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	c := Counter{n: make(map[string]int)}
	for i := 0; i < 100; i++ {
		c.wg.Add(1)
		go c.Inc("somekey")
	}
	c.wg.Wait()
	fmt.Println(c.Value("somekey"))

	l := Logger{"> "}
	defer l.Log("deferred")
	f := l.Log
	l.prefix = "changed "
	f("method value")
	l.Log("direct")
}
