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

func count(lo, hi int) int {
	c := 0
	for n := lo; n < hi; n++ {
		if isPrime(n) {
			c++
		}
	}
	return c
}

func main() {
	const limit = 200000
	parts := runtime.GOMAXPROCS(0)
	counts := make(chan int)
	for i := 0; i < parts; i++ {
		lo, hi := limit*i/parts, limit*(i+1)/parts
		go func() { counts <- count(lo, hi) }()
	}
	total := 0
	for i := 0; i < parts; i++ {
		total += <-counts
	}
	fmt.Println("primes:", total)
}
