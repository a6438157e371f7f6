package main

import "time"

// Register stacks grow after a goroutine starts; all of them together count against the
// heap limit: many goroutines parked at the bottom of a deep recursion run out of memory
// although each stack is far below the per-goroutine limit.

var block = make(chan int)

func down(n int, a, b, c, d, e, f, g, h int) int {
	if n == 0 {
		return <-block
	}
	return down(n-1, a+1, b, c, d, e, f, g, h) + a
}

func main() {
	for i := 0; i < 2000; i++ {
		go down(2000, 1, 2, 3, 4, 5, 6, 7, 8)
	}
	time.Sleep(time.Second)
	println("not reached")
}
