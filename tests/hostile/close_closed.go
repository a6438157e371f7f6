// exit: 2
// stderr: panic: close of closed channel
package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}
