package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GOMAXPROCS(n) resizes the set of Ps while goroutines run on all of them: after
// GOMAXPROCS(1) no goroutine runs on P 1 (its M gives it up), and GOMAXPROCS(2) brings it
// back.
func spin(wg *sync.WaitGroup, n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i
	}
	_ = x
	wg.Done()
}

func phase(n int) *sync.WaitGroup {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go spin(&wg, n)
	}
	return &wg
}

func main() {
	wg := phase(2000000)
	runtime.Gosched() // the spinners start on both Ps
	fmt.Println(runtime.GOMAXPROCS(1))
	wg.Wait()
	fmt.Println(runtime.GOMAXPROCS(2))
	phase(500000).Wait()
	fmt.Println(runtime.GOMAXPROCS(0))
}
