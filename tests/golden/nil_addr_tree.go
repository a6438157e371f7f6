package main

import "fmt"

// A binary search tree whose Min forgets the empty tree: the nil dereference faults at
// Left's offset (8), inside the method.
type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Min() int {
	for n.Left != nil {
		n = n.Left
	}
	return n.Val
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	fmt.Println("min:", root.Min())
	var empty *Node
	fmt.Println("min:", empty.Min())
}
