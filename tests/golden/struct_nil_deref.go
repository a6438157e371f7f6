package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	s := 0
	for p := n; p != nil; p = p.Next {
		s += p.Val
	}
	return s
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum(), list.Next.Next.Next == nil)
	var empty *Node
	fmt.Println(empty.Sum())
	last := list.Next.Next
	fmt.Println(last.Next.Val)
}
