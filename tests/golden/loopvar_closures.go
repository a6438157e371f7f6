package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 10; i++ {
		go func() {
			ch <- i
		}()
	}
	sum := 0
	seen := 0
	for range 10 {
		v := <-ch
		sum += v
		seen++
	}
	fmt.Println("seen", seen, "sum", sum)

	// range-over-int variables are per-iteration too
	sq := make(chan int)
	for i := range 5 {
		go func() { sq <- i * i }()
	}
	total := 0
	for range 5 {
		total += <-sq
	}
	fmt.Println("sum of squares", total)

	// a captured variable shared by closures
	counter := 0
	inc := func() { counter++ }
	for range 3 {
		inc()
	}
	fmt.Println("counter", counter)

	// the variable is shared with the goroutine, ordered by a channel
	x := 1
	done := make(chan bool)
	go func() {
		x = x * 100
		done <- true
	}()
	<-done
	fmt.Println("x", x)
}
