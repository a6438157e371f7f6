package main

func producer(out chan<- int) {
	v := <-out
	out <- v
}

func main() {
	ch := make(chan int)
	go producer(ch)
}
