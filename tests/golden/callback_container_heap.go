package main

import (
	"container/heap"
	"fmt"
)

type Item struct {
	name     string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	hv := IntHeap{5, 2, 8, 2, 9, 1}
	h := &hv
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	pq := PQ{}
	for i, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		heap.Push(&pq, &Item{name: n, priority: (i * 5) % 4, index: i})
	}
	for _, it := range pq {
		fmt.Print(it.name, it.priority, it.index, " ")
	}
	fmt.Println()
	pq[3].priority = 10
	heap.Fix(&pq, 3)
	r := heap.Remove(&pq, 2).(*Item)
	fmt.Println("removed", r.name)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Print(it.name, ":", it.priority, " ")
	}
	fmt.Println()
}
