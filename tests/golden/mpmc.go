package main

import (
	"fmt"
	"sync"
)

// Many producers and many consumers on one unbuffered and one buffered channel.
func run(ch chan int, producers, consumers, each int) (int, int) {
	var pw sync.WaitGroup
	var cw sync.WaitGroup
	sums := make(chan int, consumers)
	counts := make(chan int, consumers)
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func() {
			for i := 1; i <= each; i++ {
				ch <- p*each + i
			}
			pw.Done()
		}()
	}
	for c := 0; c < consumers; c++ {
		cw.Add(1)
		go func() {
			s := 0
			n := 0
			for v := range ch {
				s += v
				n++
			}
			sums <- s
			counts <- n
			cw.Done()
		}()
	}
	pw.Wait()
	close(ch)
	cw.Wait()
	close(sums)
	close(counts)
	total := 0
	for s := range sums {
		total += s
	}
	n := 0
	for c := range counts {
		n += c
	}
	return total, n
}

func main() {
	s, n := run(make(chan int), 8, 5, 2000)
	fmt.Println("unbuffered:", s, n)
	s, n = run(make(chan int, 7), 5, 8, 2000)
	fmt.Println("buffered:", s, n)
}
