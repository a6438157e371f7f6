// limit: time
// exit: 1
// stderr: gopark: time limit of 1s reached
// stdout-prefix: ticks
// Found by the fuzz smoke test: tickers nobody stops keep virtual time moving while main
// waits forever for a 51st value, and no goroutine runs, so the time limit must hold
// without a chunk ending (deterministic mode ran forever).
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	for i := 0; i < 50; i++ {
		go func() {
			c := time.Tick(time.Millisecond)
			for j := 0; j < 10; j++ {
				<-c
			}
			done <- 10
		}()
	}
	n := 0
	for i := 0; i < 50; i++ {
		n += <-done
	}
	fmt.Println("ticks", n)
	<-done
}
