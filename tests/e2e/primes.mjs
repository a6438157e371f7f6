// The program of the parallel speed-up bench (bench.mjs, cpu-by-thread.mjs): counts the primes
// below LIMIT, split over runtime.GOMAXPROCS(0) goroutines.
export const LIMIT = 2000000;
export const EXPECTED = 148933; // pi(2,000,000)

export const PRIMES = `package main

import (
	"fmt"
	"runtime"
)

func isPrime(n int) bool {
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// count checks the odd numbers 3+2k below limit whose k is start modulo step. Dealing the
// odd numbers out in turn gives every worker the same mix of small and large numbers.
func count(start, step, limit int, out chan<- int) {
	c := 0
	for n := 3 + 2*start; n < limit; n += 2 * step {
		if isPrime(n) {
			c++
		}
	}
	out <- c
}

func main() {
	const limit = ${LIMIT}
	workers := runtime.GOMAXPROCS(0)
	out := make(chan int)
	for w := 0; w < workers; w++ {
		go count(w, workers, limit, out)
	}
	total := 1 // the even prime, 2
	for w := 0; w < workers; w++ {
		total += <-out
	}
	fmt.Println(total)
}
`;

