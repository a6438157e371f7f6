package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counters struct {
	hits atomic.Int64
	done atomic.Bool
}

func main() {
	var ops uint64
	var n32 int32
	var typed atomic.Uint64
	c := &counters{}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				atomic.AddUint64(&ops, 1)
				atomic.AddInt32(&n32, -1)
				typed.Add(2)
				c.hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&ops), atomic.LoadInt32(&n32), typed.Load(), c.hits.Load())

	var x int64 = 10
	swapped := atomic.CompareAndSwapInt64(&x, 10, 20)
	fmt.Println(swapped, atomic.LoadInt64(&x))
	swapped = atomic.CompareAndSwapInt64(&x, 10, 30)
	fmt.Println(swapped, atomic.LoadInt64(&x))
	old := atomic.SwapInt64(&x, 5)
	atomic.StoreInt64(&x, atomic.LoadInt64(&x)+1)
	fmt.Println(old, atomic.LoadInt64(&x))
	c.done.Store(true)
	fmt.Println(c.done.Load(), c.done.CompareAndSwap(true, false), c.done.Load())
}
