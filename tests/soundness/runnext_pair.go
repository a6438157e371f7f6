package main

import "fmt"

// Two goroutines hand a value back and forth for ever. Each hand-off puts the woken one in
// the P's runnext, so with one P the pair would keep the P between them and main, woken
// into the local run queue, would never run again. As in Go (inheritTime), a G taken from
// runnext goes on with the time slice of the one before it, so sysmon preempts the pair
// after 10 ms and main gets its turn.
func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		for {
			b <- 1 + <-a
		}
	}()
	go func() {
		for {
			a <- 1 + <-b
		}
	}()
	a <- 0
	fmt.Println("main runs again")
}
