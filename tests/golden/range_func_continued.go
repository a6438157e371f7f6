package main

import "fmt"

// An iterator that calls yield again after the loop body said stop panics as Go does.

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for v := range bad {
		fmt.Println(v)
		break
	}
}
