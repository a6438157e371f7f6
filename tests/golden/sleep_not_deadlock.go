package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	for range 3 {
		go func() { <-never }()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main slept while every other goroutine was blocked: not a deadlock")
}
