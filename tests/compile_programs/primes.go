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

func count(lo, hi int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	c := 0
	for n := lo; n < hi; n++ {
		if isPrime(n) {
			c++
		}
	}
	out <- c
}

func main() {
	const N = 200000
	workers := runtime.GOMAXPROCS(0)
	out := make(chan int, workers)
	var wg sync.WaitGroup
	chunk := N / workers
	for w := 0; w < workers; w++ {
		lo := w * chunk
		hi := lo + chunk
		if w == workers-1 {
			hi = N
		}
		wg.Add(1)
		go count(lo, hi, out, &wg)
	}
	wg.Wait()
	close(out)
	total := 0
	for c := range out {
		total += c
	}
	fmt.Println("primes below", N, ":", total)
}
