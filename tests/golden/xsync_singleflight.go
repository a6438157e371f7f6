// singleflight collapsing duplicate calls: concurrent lookups of one key run the slow
// function once and share its result.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"
)

var lookups atomic.Int32

// slowLookup pretends to query a database.
func slowLookup(key string) (interface{}, error) {
	lookups.Add(1)
	time.Sleep(50 * time.Millisecond)
	if key == "missing" {
		return nil, errors.New("no row for " + key)
	}
	return "value of " + key, nil
}

func main() {
	var g singleflight.Group
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i := 0; i < 5; i++ {
		for _, key := range []string{"user:1", "missing"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				v, err, shared := g.Do(key, func() (interface{}, error) { return slowLookup(key) })
				mu.Lock()
				lines = append(lines, fmt.Sprintf("%s: %v, %v, shared=%v", key, v, err, shared))
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("lookups for 10 calls:", lookups.Load())

	// A call made after the first finished runs the function again, unshared.
	v, err, shared := g.Do("user:1", func() (interface{}, error) { return slowLookup("user:1") })
	fmt.Println(v, err, shared, "lookups:", lookups.Load())

	// DoChan: the results arrive on a channel.
	first := g.DoChan("user:2", func() (interface{}, error) { return slowLookup("user:2") })
	second := g.DoChan("user:2", func() (interface{}, error) { return "never", nil })
	r1, r2 := <-first, <-second
	fmt.Printf("%T %+v\n%+v\n", r1, r1, r2)

	// Forget: a call after it does not wait for the running one.
	start := make(chan struct{})
	ch := g.DoChan("user:3", func() (interface{}, error) {
		<-start
		return "old", nil
	})
	g.Forget("user:3")
	v, _, shared = g.Do("user:3", func() (interface{}, error) { return "new", nil })
	fmt.Println("after Forget:", v, shared)
	close(start)
	r := <-ch
	fmt.Println("the forgotten call:", r.Val, r.Shared)
	fmt.Println("lookups:", lookups.Load())
}
