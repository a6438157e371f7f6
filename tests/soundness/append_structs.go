package main

import "fmt"

// A list that keeps growing by one small object per iteration while another goroutine
// allocates garbage: once the heap is full of live list nodes, the allocation that does not
// fit is retried once after a collection and then reported as out of memory, even though
// the other goroutine keeps allocating in between (which once made it retry forever).

type node struct {
	next *node
	v    int
	name string
}

func churn() {
	for {
		_ = fmt.Sprint("garbage", 12345)
	}
}

func main() {
	go churn()
	go churn()
	var head *node
	for i := 0; ; i++ {
		head = &node{next: head, v: i, name: "n"}
	}
}
