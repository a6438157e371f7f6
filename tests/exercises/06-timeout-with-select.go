package main

import (
	"fmt"
	"time"
)

func fetch(ch chan string) {
	time.Sleep(time.Second)
	ch <- "the answer"
}

func main() {
	ch := make(chan string, 1)
	go fetch(ch)
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout")
	}
}
