package main

import "fmt"

// A token passed around a ring of 500 goroutines, 20 laps.
func main() {
	const n = 500
	const laps = 20
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(in chan int, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	token := 0
	for lap := 0; lap < laps; lap++ {
		first <- token
		token = <-last
	}
	close(first)
	_, ok := <-last
	fmt.Println("token", token, "ring closed", !ok)
}
