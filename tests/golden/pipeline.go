package main

import "fmt"

func gen(n int) chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in chan int) chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(6))) {
		fmt.Println(v)
	}
	total := 0
	for v := range sq(gen(1000)) {
		total += v
	}
	fmt.Println("sum of squares:", total)
}
