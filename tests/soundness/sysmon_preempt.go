package main

import "fmt"

// Three CPU-bound goroutines on one P: each runs until sysmon asks it to stop after 10 ms
// (Go's forcePreemptNS), so they take turns in slices of about 10 ms.
func spin(done chan int, n int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i % 7
	}
	done <- x
}

func main() {
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go spin(done, 20000000)
	}
	s := 0
	for i := 0; i < 3; i++ {
		s += <-done
	}
	fmt.Println(s)
}
