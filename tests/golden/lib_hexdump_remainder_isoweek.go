package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"sync"
	"time"
)

func main() {
	data := []byte("hello world, hex dump of some\x00\x01\x7f\x80 bytes!!")
	for _, n := range []int{0, 1, 7, 8, 9, 16, 17, 40} {
		fmt.Printf("%d:\n%s", n, hex.Dump(data[:n]))
	}
	for _, p := range [][2]float64{{10, 3}, {11, 3}, {4.5, 3}, {1.5, 3}, {-10, 3}, {-4.5, 3}, {5, 2.5}, {7, -2}, {1e300, 3e-300}, {3, 0}, {math.Inf(1), 2}, {2, math.Inf(-1)}, {math.NaN(), 1}, {-0.0, 1}, {5e-324, 1e-323}, {1.5e-323, 1e-323}} {
		fmt.Println(p, math.Remainder(p[0], p[1]))
	}
	for _, d := range []string{"2024-01-01", "2023-01-01", "2021-01-03", "2020-12-31", "2026-12-28", "2027-01-01", "2008-12-29", "2010-01-03"} {
		t, _ := time.Parse("2006-01-02", d)
		y, w := t.ISOWeek()
		fmt.Println(d, t.Weekday(), y, w)
	}
	var mu sync.RWMutex
	l := mu.RLocker()
	fmt.Printf("%T\n", l)
	l.Lock()
	l.Lock()
	fmt.Println(mu.TryLock(), mu.TryRLock())
	mu.RUnlock()
	l.Unlock()
	l.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	c := sync.NewCond(mu.RLocker())
	_ = c
	fmt.Println(n)
}
