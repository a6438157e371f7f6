package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- fmt.Sprint("g", i)
		}()
	}
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println(n)
	x := 0
	inc := func() { x++ }
	for range 10 {
		inc()
	}
	fmt.Println(x)
	fs := make(chan func(), 3)
	for i := 0; i < 3; i++ {
		fs <- func() { fmt.Println("i =", i) }
	}
	close(fs)
	for f := range fs {
		f()
	}
	outer := 1
	f1 := func() func() {
		return func() {
			outer += 10
		}
	}
	f1()()
	fmt.Println(outer)
}
