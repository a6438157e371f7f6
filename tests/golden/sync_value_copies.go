package main

import (
	"fmt"
	"sync"
)

type Holder struct {
	wg sync.WaitGroup
	mu sync.Mutex
}

func ret(m []sync.Mutex) sync.Mutex { return m[0] }

func byVal(m sync.Mutex) bool { return m.TryLock() }

func main() {
	var mu sync.Mutex
	mu.Lock()
	m2 := mu
	fmt.Println("define copy locked:", !m2.TryLock())
	var m3 sync.Mutex
	m3 = mu
	fmt.Println("assign copy locked:", !m3.TryLock())
	fmt.Println("arg copy locked:", !byVal(mu))
	r := ret([]sync.Mutex{mu})
	fmt.Println("result copy locked:", !r.TryLock())
	mu.Unlock()
	fmt.Println("original free:", mu.TryLock())
	mu.Unlock()
	fmt.Println("m2 independent:", !m2.TryLock())

	var wg sync.WaitGroup
	wg.Add(2)
	h := Holder{wg: wg}
	h.wg.Done()
	h.wg.Done()
	h.wg.Wait()
	fmt.Println("literal field copy kept counter")
	wg.Done()
	wg.Done()
	wg.Wait()

	ms := make([]sync.Mutex, 2)
	ms[0].Lock()
	for i, m := range ms {
		fmt.Println("range copy", i, m.TryLock())
	}
	p := &ms[0]
	fmt.Println("pointer shares:", !p.TryLock())
	hs := []Holder{{}, {}}
	hs[1].mu.Lock()
	cp := hs[1]
	fmt.Println("struct elem copy locked:", !cp.mu.TryLock())
	arr := [2]sync.Mutex{}
	arr[1].Lock()
	arr2 := arr
	fmt.Println("array copy locked:", !arr2[1].TryLock(), arr2[0].TryLock())
	var x any = m2
	mm := x.(sync.Mutex)
	fmt.Println("iface copy locked:", !mm.TryLock())
}
