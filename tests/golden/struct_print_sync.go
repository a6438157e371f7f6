package main

import (
	"fmt"
	"sync"
)

type S struct {
	mu sync.Mutex
	wg sync.WaitGroup
	n  int
}

func main() {
	var s S
	fmt.Printf("%v\n", s)
	s.mu.Lock()
	s.wg.Add(2)
	fmt.Printf("%+v\n", &s)
}
