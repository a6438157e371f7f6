package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var old int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				ops.Add(1)
				atomic.AddInt64(&old, 2)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "old:", atomic.LoadInt64(&old), "flag:", flag.Load())
	var mask uint32 = 0b1111
	fmt.Println(atomic.AndUint32(&mask, 0b0101), atomic.OrUint32(&mask, 0b1000), mask)
	var i32 atomic.Int32
	fmt.Println(i32.Add(-5), i32.Swap(7), i32.Load(), i32.CompareAndSwap(7, 8), i32.Load())
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
	fmt.Println(atomic.CompareAndSwapUint32(&u, 9, 1), u)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
	var i64 atomic.Int64
	i64.Store(1 << 40)
	fmt.Println(i64.Load(), i64.And(0xff), i64.Or(3), i64.Load())
}
