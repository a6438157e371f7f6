package main

import (
	"fmt"
	"syscall"
)

func main() {
	done := make(chan string)
	go func() {
		// A blocking system call: the M sleeps in the kernel and cannot run Go code.
		// The runtime takes its P away and hands it to another M.
		var ts = syscall.Timespec{Sec: 0, Nsec: 50_000_000}
		syscall.Nanosleep(&ts, nil)
		done <- "the sleeper is back"
	}()
	go func() {
		n := 0
		for i := 0; i < 2_000_000; i++ {
			n += i % 7
		}
		done <- fmt.Sprint("the counter finished: ", n)
	}()
	a, b := <-done, <-done
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
}
