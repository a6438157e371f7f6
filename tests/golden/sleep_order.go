package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		out <- "thirty"
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		out <- "ten"
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		out <- "twenty"
	}()
	for range 3 {
		fmt.Println(<-out)
	}
}
