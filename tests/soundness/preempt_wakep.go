package main

import "sync"

// Two CPU-bound goroutines with two Ps: each preemption puts the goroutine on the global
// queue and must wake an idle M, so both run side by side instead of taking turns on one M.
func spin(wg *sync.WaitGroup, n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i
	}
	_ = x
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go spin(&wg, 3000000)
	go spin(&wg, 3000000)
	wg.Wait()
	println("done")
}
