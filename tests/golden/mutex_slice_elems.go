package main

import (
	"fmt"
	"sync"
)

type Striped struct {
	locks  []sync.Mutex
	counts []int
}

func main() {
	s := Striped{locks: make([]sync.Mutex, 4), counts: make([]int, 4)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			k := i % 4
			s.locks[k].Lock()
			s.counts[k]++
			s.locks[k].Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(s.counts)
	var arr [3]sync.Mutex
	arr[2].Lock()
	fmt.Println(arr[2].TryLock(), arr[0].TryLock())
	wgs := make([]sync.WaitGroup, 2)
	wgs[1].Add(1)
	go func() { wgs[1].Done() }()
	wgs[1].Wait()
	m := map[string]*sync.Mutex{"a": &sync.Mutex{}}
	m["a"].Lock()
	fmt.Println(m["a"].TryLock())
	ps := []*sync.Mutex{new(sync.Mutex)}
	ps[0].Lock()
	fmt.Println("ok")
}
