package main

import "fmt"

// A deferred call that recovers a nil dereference and panics again: Go still prints the
// signal line of the first fault, with its address.
type Node struct {
	Val  int
	Next *Node
}

func second(head *Node) int {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("second: ", r))
		}
	}()
	return head.Next.Val
}

func main() {
	fmt.Println(second(&Node{1, &Node{2, nil}}))
	fmt.Println(second(nil))
}
