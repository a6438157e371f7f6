// atomic.Value: nil until the first Store, Load/Store/Swap/CompareAndSwap with Go's panics for
// nil and inconsistently typed values; a config swapped while goroutines read it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Name    string
	Version int
}

var current atomic.Value

func load() *Config { return current.Load().(*Config) }

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil, v.Load())
	current.Store(&Config{"base", 1})
	var wg sync.WaitGroup
	seen := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = load().Version
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)
	old := current.Swap(&Config{"next", 2})
	fmt.Println(old.(*Config).Name, load().Name, load().Version)

	var s atomic.Value
	fmt.Println(s.CompareAndSwap(nil, "a"), s.Load())
	fmt.Println(s.CompareAndSwap("b", "c"), s.Load())
	fmt.Println(s.CompareAndSwap("a", "c"), s.Load())
	var d atomic.Value
	d.Store(time.Second)
	fmt.Println(d.Load().(time.Duration) * 2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Store("x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Store(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.CompareAndSwap(time.Second, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.CompareAndSwap(1, "x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Swap(3)
	}()
	var n atomic.Value
	n.Store(1)
	fmt.Println(n.CompareAndSwap(1, 2), n.Load())
}
