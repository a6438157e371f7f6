package main

import (
	"fmt"
	"time"
)

// Senders blocked on a channel are served first-in first-out.
func main() {
	ch := make(chan int)
	for i := range 5 {
		go func() {
			ch <- i
		}()
		time.Sleep(5 * time.Millisecond)
	}
	for range 5 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	// the same for receivers
	out := make(chan string, 5)
	in := make(chan int)
	for i := range 3 {
		go func() {
			v := <-in
			out <- fmt.Sprintf("receiver %d got %d", i, v)
		}()
		time.Sleep(5 * time.Millisecond)
	}
	for v := range 3 {
		in <- v * 100
		fmt.Println(<-out)
	}
}
