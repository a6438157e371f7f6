package main

import (
	"fmt"
	"runtime"
	"time"
)

// first asks three replicas and returns the first answer. The two slower ones try to send
// on an unbuffered channel nobody reads any more: they stay blocked for ever (a leak).
// make(chan string, 3) would let them finish.
func first(query string) string {
	c := make(chan string)
	for r := 1; r <= 3; r++ {
		go func() {
			time.Sleep(time.Duration(r) * 10 * time.Millisecond)
			c <- fmt.Sprint("replica ", r, ": ", query)
		}()
	}
	return <-c
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(first("q"))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines still alive:", runtime.NumGoroutine())
}
