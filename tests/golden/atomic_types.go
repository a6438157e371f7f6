package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

type Server struct {
	cfg     atomic.Pointer[Config]
	running atomic.Bool
	hits    atomic.Int64
	errs    atomic.Uint32
	last    atomic.Value
}

func main() {
	var s Server
	fmt.Println(s.cfg.Load() == nil, s.running.Load(), s.hits.Load())
	s.cfg.Store(&Config{"alpha", 1})
	s.running.Store(true)

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				s.hits.Add(1)
				if j%25 == 0 {
					s.errs.Add(1)
				}
			}
			for {
				old := s.cfg.Load()
				next := &Config{old.Name, old.Version + 1}
				if s.cfg.CompareAndSwap(old, next) {
					break
				}
			}
		}(i)
	}
	wg.Wait()
	c := s.cfg.Load()
	fmt.Println(c.Name, c.Version, s.hits.Load(), s.errs.Load())
	old := s.cfg.Swap(&Config{"beta", 100})
	fmt.Println(old.Version, s.cfg.Load().Name)
	fmt.Println(s.cfg.CompareAndSwap(old, nil), s.cfg.Load().Name)
	fmt.Println(s.running.CompareAndSwap(true, false), s.running.Load(), s.running.Swap(true))
	s.last.Store("done")
	fmt.Println(s.last.Load().(string))
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Add(5), u64.Swap(3), u64.Load())
	var i32 atomic.Int32
	fmt.Println(i32.Add(-2), i32.CompareAndSwap(-2, 7), i32.Load())
	var n int64
	atomic.AddInt64(&n, 10)
	fmt.Println(atomic.LoadInt64(&n), atomic.CompareAndSwapInt64(&n, 10, 11), n)
}
