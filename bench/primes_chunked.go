// Count the primes below 2,000,000 with runtime.GOMAXPROCS(0) workers that take chunks of
// numbers from a channel, so the work stays balanced however many Ps there are.
package main

import (
	"fmt"
	"runtime"
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

func main() {
	const limit = 2000000
	const chunk = 10000
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan int, 16)
	counts := make(chan int)
	go func() {
		for start := 0; start < limit; start += chunk {
			jobs <- start
		}
		close(jobs)
	}()
	for w := 0; w < workers; w++ {
		go func() {
			c := 0
			for start := range jobs {
				for n := start; n < start+chunk && n < limit; n++ {
					if isPrime(n) {
						c++
					}
				}
			}
			counts <- c
		}()
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-counts
	}
	fmt.Println(total)
}
