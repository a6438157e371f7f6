package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	fmt.Println("loading")
	config = map[string]string{"k": "v"}
}

type Svc struct {
	init sync.Once
	n    int
}

func (s *Svc) Get() int {
	s.init.Do(func() { s.n = 42; fmt.Println("svc init") })
	return s.n
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["k"]
		}()
	}
	wg.Wait()
	fmt.Println(config["k"])
	s := &Svc{}
	fmt.Println(s.Get(), s.Get())
	var local sync.Once
	for i := 0; i < 3; i++ {
		local.Do(func() { fmt.Println("once", i) })
	}
}
