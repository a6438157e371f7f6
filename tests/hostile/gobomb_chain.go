// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

func link(n int, out chan int) {
	next := make(chan int)
	go link(n+1, next)
	out <- <-next + 1
}

func main() {
	out := make(chan int)
	go link(0, out)
	println(<-out)
}
