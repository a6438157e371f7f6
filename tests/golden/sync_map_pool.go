package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store(point{1, 2}, "p12")
	m.Store(3.5, []int{1})
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load(point{1, 2})
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("b", 2)
	fmt.Println(actual, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("c", 30)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 2, 200), m.CompareAndSwap("b", 20, 200))
	v, _ = m.Load("b")
	fmt.Println(v)
	fmt.Println(m.CompareAndDelete("c", 31), m.CompareAndDelete("c", 30))
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	m.Delete("b")
	_, ok = m.Load("b")
	fmt.Println(ok)
	m.Clear()
	_, ok = m.Load(point{1, 2})
	fmt.Println(ok)

	// Many goroutines storing distinct keys: every one is there afterwards.
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
		}()
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 50; i++ {
		v, _ := m.Load(i)
		sum += v.(int)
	}
	fmt.Println("sum", sum)

	var p sync.Pool
	fmt.Println(p.Get())
	p.Put("x")
	p.Put(nil)
	fmt.Println(p.Get(), p.Get())

	defer func() { fmt.Println("recovered:", recover()) }()
	m.Store([]int{1}, 1)
}
