package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	t := time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("fired after 20ms:", time.Since(start) >= 20*time.Millisecond)
		wg.Done()
	})
	wg.Wait()
	fmt.Println("stop after firing:", t.Stop())

	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending:", t2.Stop(), "again:", t2.Stop())
	fmt.Println("C is nil:", t2.C == nil)

	done := make(chan string)
	t3 := time.AfterFunc(time.Hour, func() { done <- "reset fired" })
	fmt.Println("reset pending:", t3.Reset(10*time.Millisecond))
	fmt.Println(<-done)
	fmt.Println("reset after firing:", t3.Reset(5*time.Millisecond))
	fmt.Println(<-done)

	t4 := time.AfterFunc(10*time.Millisecond, func() { done <- "stopped then reset" })
	t4.Stop()
	fmt.Println("reset stopped:", t4.Reset(time.Millisecond))
	fmt.Println(<-done)

	// Each function runs in its own goroutine: they can run side by side.
	var mu sync.Mutex
	count := 0
	wg.Add(3)
	for i := 0; i < 3; i++ {
		time.AfterFunc(time.Duration(i)*time.Millisecond, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("count", count)
	tm := time.NewTimer(time.Millisecond)
	<-tm.C
	fmt.Println("plain timer still works", tm.Stop())
}
