package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	f := sync.OnceFunc(func() { n++; panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(n)
	var wg sync.WaitGroup
	calls := 0
	get := sync.OnceValue(func() []int { calls++; return []int{1, 2, 3} })
	results := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = len(get())
		}()
	}
	wg.Wait()
	fmt.Println(results, calls)
	var m sync.Map
	for i := range 10 {
		m.Store(i, i*i)
	}
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		return seen < 3
	})
	fmt.Println(seen)
	sum := 0
	m.Range(func(k, v any) bool {
		m.Delete(k)
		sum += v.(int)
		return true
	})
	fmt.Println(sum)
	var p sync.Pool
	fmt.Println(p.Get())
	p.New = func() any { return "fresh" }
	fmt.Println(p.Get())
}
