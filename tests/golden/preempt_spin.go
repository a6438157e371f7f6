package main

import "fmt"

func spin() {
	n := 0
	for {
		n++
	}
}

// A goroutine that never blocks must not starve the others, even on one P.
func main() {
	go spin()
	ch := make(chan string)
	go func() {
		sum := 0
		for i := 0; i < 1000; i++ {
			sum += i
		}
		ch <- fmt.Sprintf("helper ran: %d", sum)
	}()
	fmt.Println(<-ch)
}
