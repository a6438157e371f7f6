// A learner's compile error: sending on receive-only channels and non-channels.
package main

func main() {
	ch := make(<-chan int)
	ch <- 1
	out := make(chan<- int)
	<-out
	var x int
	x <- 1
}
