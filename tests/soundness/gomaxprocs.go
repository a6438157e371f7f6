package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GOMAXPROCS(n) resizes the set of Ps: after GOMAXPROCS(1) no goroutine runs on P 1,
// and GOMAXPROCS(2) brings it back.
func spin(wg *sync.WaitGroup, n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i
	}
	_ = x
	wg.Done()
}

func phase(n int) {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go spin(&wg, n)
	}
	wg.Wait()
}

func main() {
	fmt.Println(runtime.GOMAXPROCS(1))
	phase(500000)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2))
	phase(500000)
	fmt.Println(runtime.GOMAXPROCS(0))
}
