// Go by Example: Timeouts (2s work against a 1s and a 3s timeout, scaled to
// 80ms work against 20ms and 300ms timeouts).
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(80 * time.Millisecond)
		c1 <- "result 1"
	}()

	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	c2 := make(chan string, 1)
	go func() {
		time.Sleep(80 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 2")
	}
}
