// exit: 2
// stderr: panic: close of nil channel
package main

func main() {
	var ch chan int
	close(ch)
}
