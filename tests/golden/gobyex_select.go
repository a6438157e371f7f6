// Go by Example: Select (sleeps scaled from 1s and 2s to 20ms and 80ms).
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)

	go func() {
		time.Sleep(20 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(80 * time.Millisecond)
		c2 <- "two"
	}()

	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}
}
