// 100,000 goroutines block on one channel receive; main sleeps so that every one of them
// has parked, reports, and exits (the parked goroutines die with the program, as in Go).
// scripts/bench.sh runs it next to a copy with n = 0 and divides the peak-RSS difference
// by n: the bytes one parked goroutine costs.
// bench: memory
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 100000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			<-ch
		}()
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("parked", n)
}
