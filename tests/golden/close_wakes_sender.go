package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		fmt.Println("unreachable")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("closing with a sender blocked")
	close(ch)
	<-make(chan int)
}
