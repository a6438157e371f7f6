// 100,000 goroutines block on one channel receive; main sleeps so that every one of them
// has parked, reports, and exits (the parked goroutines die with the program, as in Go).
// scripts/bench.sh runs it next to a copy with n = 0 and divides the peak-RSS difference
// by n: the bytes one parked goroutine costs. The goroutines run a named function, so this
// measures the goroutine alone; parked_closure.go starts them from a function literal,
// which also allocates a closure per goroutine.
// bench: memory
package main

import (
	"fmt"
	"time"
)

func wait(ch chan int) {
	<-ch
}

func main() {
	const n = 100000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go wait(ch)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("parked", n)
}
