// gap: time.NewTicker
// stdout-prefix: ticks 1000
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	for i := 0; i < 100; i++ {
		go func() {
			t := time.NewTicker(time.Millisecond)
			for j := 0; j < 10; j++ {
				<-t.C
			}
			t.Stop()
			done <- 10
		}()
	}
	n := 0
	for i := 0; i < 100; i++ {
		n += <-done
	}
	fmt.Println("ticks", n)
}
