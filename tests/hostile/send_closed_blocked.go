// exit: 2
// stderr: panic: send on closed channel
package main

import "time"

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(ch)
	}()
	ch <- 1
}
