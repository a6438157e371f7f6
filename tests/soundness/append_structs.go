package main

import "fmt"

// Each append of a struct allocates twice (the struct copy, then the grown array), so the
// instruction that finds the heap full can never succeed by being retried: it must end in
// "out of memory", while another goroutine keeps allocating garbage beside it.

type point struct {
	x, y int
	name string
}

func churn() {
	for {
		_ = fmt.Sprint("garbage", 12345)
	}
}

func main() {
	go churn()
	var ps []point
	for i := 0; ; i++ {
		ps = append(ps, point{i, i, "p"})
	}
}
