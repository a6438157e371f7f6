package main

import "fmt"

func produce(name string, c chan int, done chan bool) {
	for i := 1; i <= 3; i++ {
		c <- i // unbuffered: waits for a receiver; buffered: waits only when full
	}
	close(c)
	done <- true
}

func main() {
	unbuffered := make(chan int)
	buffered := make(chan int, 3)
	done := make(chan bool)
	go produce("unbuffered", unbuffered, done)
	go produce("buffered", buffered, done)
	<-done // one producer finishes without any receiver: it can only be the buffered one
	fmt.Println("buffered:", len(buffered), "values waiting, unbuffered:", len(unbuffered))
	for v := range unbuffered {
		fmt.Println("unbuffered", v)
	}
	<-done
	for v := range buffered {
		fmt.Println("buffered", v)
	}
}
