package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	fmt.Println("value while locked:", c.Value(key))
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	c.Inc("a")
	fmt.Println(c.Value("a"))
}
