package main

import (
	"fmt"
	"runtime"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// count is a named function rather than a closure: yaegi 0.14 mis-evaluates the
// arguments and captures of goroutine closures, and this keeps its column honest.
func count(w, workers, limit int, counts chan int, wg *sync.WaitGroup) {
	c := 0
	for n := 3 + 2*w; n < limit; n += 2 * workers {
		if isPrime(n) {
			c++
		}
	}
	counts <- c
	wg.Done()
}

// Count the primes below 2,000,000: the odd numbers are dealt round-robin to GOMAXPROCS
// workers (so the work is balanced), and 2 is counted up front.
func main() {
	const limit = 2000000
	workers := runtime.GOMAXPROCS(0)
	counts := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go count(w, workers, limit, counts, &wg)
	}
	wg.Wait()
	close(counts)
	total := 1 // 2
	for c := range counts {
		total += c
	}
	fmt.Println(total)
}
