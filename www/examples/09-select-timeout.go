package main

import (
	"fmt"
	"time"
)

func fetch(d time.Duration) chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("answer after ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 80 * time.Millisecond} {
		select {
		case r := <-fetch(d):
			fmt.Println(r)
		case <-time.After(40 * time.Millisecond):
			fmt.Println("timeout waiting", d)
		}
	}
}
