package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Counts map[string]int

func (c *Counts) Add(k string) { (*c)[k]++ }

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min %d len %d\n", (*h)[0], h.Len())
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	c := &Counts{"a": 1}
	c.Add("a")
	c.Add("b")
	fmt.Println(len(*c), (*c)["a"], (*c)["b"])
	p := &[]string{"x", "y"}
	*p = append(*p, "z")
	fmt.Println(*p, len(*p))
	a := &[3]int{1, 2, 3}
	a[1] = 20
	fmt.Println(*a, a[1])
	m := &map[int]string{1: "one"}
	(*m)[2] = "two"
	fmt.Println(len(*m), (*m)[2])
}
