package main

import (
	"fmt"
	"sync"
)

type Shard struct {
	sync.Mutex
	m map[string]int
}

func main() {
	locks := map[string]*sync.Mutex{"a": {}, "b": {}}
	locks["a"].Lock()
	fmt.Println(locks["a"].TryLock(), locks["b"].TryLock())
	mu := sync.Mutex{}
	mu.Lock()
	fmt.Println(mu.TryLock())
	wg := sync.WaitGroup{}
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
	ws := []*sync.WaitGroup{{}, new(sync.WaitGroup)}
	ws[0].Add(1)
	ws[0].Done()
	ws[0].Wait()
	shards := []*Shard{{m: map[string]int{}}, {m: map[string]int{}}}
	shards[1].Lock()
	shards[1].m["x"]++
	shards[1].Unlock()
	fmt.Println(shards[1].m)
	p := &sync.Mutex{}
	p.Lock()
	fmt.Println(p.TryLock())
}
