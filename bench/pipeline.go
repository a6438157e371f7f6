package main

import "fmt"

func stage(in chan int, k int) chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v*k + 1
		}
		close(out)
	}()
	return out
}

func main() {
	const n = 100000
	src := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range stage(stage(stage(src, 3), 5), 7) {
		sum += v
	}
	fmt.Println(sum)
}
