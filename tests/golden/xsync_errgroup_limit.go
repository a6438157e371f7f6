// errgroup.SetLimit bounds how many goroutines of a group run at once; TryGo starts one only
// when there is room.
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(3)

	var mu sync.Mutex
	active, most := 0, 0
	squares := make([]int, 10)
	for i := range squares {
		g.Go(func() error {
			mu.Lock()
			active++
			most = max(most, active)
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			squares[i] = i * i
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("wait:", g.Wait())
	fmt.Println("squares:", squares)
	fmt.Println("most at once:", most)

	// With every slot taken TryGo refuses; once one is free it starts.
	var h errgroup.Group
	h.SetLimit(2)
	release := make(chan struct{})
	for i := 0; i < 2; i++ {
		fmt.Println("TryGo", i, h.TryGo(func() error { <-release; return nil }))
	}
	fmt.Println("TryGo when full:", h.TryGo(func() error { return nil }))
	release <- struct{}{}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("TryGo after one finished:", h.TryGo(func() error { <-release; return nil }))
	close(release)
	fmt.Println("wait:", h.Wait())

	// A negative limit removes it; the limit can change once the group is idle.
	h.SetLimit(-1)
	for i := 0; i < 5; i++ {
		h.Go(func() error {
			if i == 4 {
				return fmt.Errorf("task %d failed", i)
			}
			return nil
		})
	}
	fmt.Println("wait:", h.Wait())
	h.SetLimit(1)
	fmt.Println("TryGo:", h.TryGo(func() error { return nil }), h.Wait())
}
