package main

func consume(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	consume(make(chan int))
}
