// Deadlock with goroutines blocked for every wait reason gopark has: Go lists every
// goroutine, each with its wait reason and (for sync) the library frames Go shows.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	mu.Lock()
	wg.Add(1)
	send := make(chan int)
	recv := make(chan string)
	sel1 := make(chan int)
	sel2 := make(chan bool)
	var nilch chan int
	done := make(chan struct{})

	go func() { send <- 1 }()
	go func() { fmt.Println(<-recv) }()
	go func() {
		select {
		case v := <-sel1:
			fmt.Println(v)
		case sel2 <- true:
		}
	}()
	go func() { select {} }()
	go func() { nilch <- 1 }()
	go func() { <-nilch }()
	go func() { wg.Wait() }()
	go func() {
		mu.Lock()
		fmt.Println("locked")
	}()
	fmt.Println("main waits")
	<-done
}
