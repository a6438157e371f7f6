package main

import (
	"fmt"
	"runtime"
	"time"
)

func isPrime(n int) bool {
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 300000
	workers := runtime.GOMAXPROCS(0)
	start := time.Now()
	counts := make(chan int)
	for w := 0; w < workers; w++ {
		// Worker w checks every workers-th odd number, so all get a similar share.
		go func(w int) {
			c := 0
			for n := 3 + 2*w; n < limit; n += 2 * workers {
				if isPrime(n) {
					c++
				}
			}
			counts <- c
		}(w)
	}
	total := 1 // the even prime, 2
	for w := 0; w < workers; w++ {
		total += <-counts
	}
	fmt.Println("primes below", limit, "=", total)
	fmt.Println("GOMAXPROCS", workers, "took", time.Since(start).Milliseconds(), "ms")
}
