package main

import "fmt"

func main() {
	c := make(chan int)
	c <- 1 // an unbuffered send waits for a receiver, and there is none
	fmt.Println(<-c)
}
