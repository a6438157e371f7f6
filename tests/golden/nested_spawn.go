package main

import "fmt"

func tree(depth int, out chan int) {
	if depth == 0 {
		out <- 1
		return
	}
	left := make(chan int)
	right := make(chan int)
	go tree(depth-1, left)
	go tree(depth-1, right)
	out <- <-left + <-right + 1
}

func main() {
	out := make(chan int)
	go tree(10, out)
	fmt.Println("nodes:", <-out)
}
