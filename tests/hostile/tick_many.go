// stdout-prefix: ticks 500
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
}
