package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper done, sending nothing")
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		ch <- 1
	}()
	fmt.Println("got", <-ch)
	fmt.Println("got", <-ch)
}
