package main

import (
	"fmt"
	"sync"
)

var (
	a = b + 1
	b = 10
	c int
	wg sync.WaitGroup
	names = "x"
)

func init() {
	c = a * 2
	fmt.Println("init", a, b, c)
}

func bump() {
	defer wg.Done()
	c++
}

func main() {
	wg.Add(1)
	go bump()
	wg.Wait()
	fmt.Println(a, b, c, names)
}
