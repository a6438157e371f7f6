package main

import (
	"fmt"
	"runtime"
	"time"
)

// main calls runtime.Goexit: its deferred calls run, the other goroutine finishes, and
// with no goroutine left Go reports a deadlock of its own kind.
func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker done")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
