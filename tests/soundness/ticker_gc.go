package main

import (
	"fmt"
	"time"
)

// Tickers nobody holds keep firing (their channels are reachable only from the timers)
// while the collector runs again and again. A ticker's channel must never be freed and
// reused: if it were, ticks would arrive on the channel made below, which only ever
// carries the values sent here.
func main() {
	for i := 0; i < 50; i++ {
		_ = time.Tick(50 * time.Microsecond)
	}
	mine := make(chan int, 1)
	for round := 0; round < 300; round++ {
		s := ""
		for j := 0; j < 200; j++ {
			s = fmt.Sprint(s, j%10)
		}
		_ = s
		c := make(chan int, 1)
		c <- round
		if v := <-c; v != round {
			fmt.Println("foreign value", v, "on a fresh channel in round", round)
			return
		}
		mine <- round
		if v := <-mine; v != round {
			fmt.Println("foreign value", v, "in round", round)
			return
		}
	}
	fmt.Println("ok")
}
