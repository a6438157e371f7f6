// select inside loops: break leaves the select, break/continue with a label reach the
// loop; receive cases assign to captured, global and interface variables.
package main

import "fmt"

var total int

func main() {
	work := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 6; i++ {
			work <- i
		}
		close(work)
	}()
	var last any
	seen := 0
	report := func() { fmt.Println("seen", seen, "last", last) }
loop:
	for {
		select {
		case v, ok := <-work:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				total += v
				continue loop
			}
			last = v
			if v == 5 {
				break
			}
			seen++
		case <-done:
			fmt.Println("unreachable")
		}
		report()
	}
	fmt.Println("total", total)

	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			results <- fmt.Sprint("worker ", i)
		}()
	}
	got := 0
	for got < 3 {
		var s string
		select {
		case s = <-results:
			got++
		}
		if s == "" {
			fmt.Println("empty")
		}
	}
	fmt.Println("got", got)
}
