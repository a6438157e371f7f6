// exit: 2
// stderr: panic: send on closed channel
package main

func main() {
	ch := make(chan int)
	close(ch)
	select {
	case ch <- 1:
	}
}
