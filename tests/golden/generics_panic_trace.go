package main

import "fmt"

type Queue[T any] struct {
	items chan T
}

func NewQueue[T any](n int) *Queue[T] {
	return &Queue[T]{items: make(chan T, n)}
}

func (q *Queue[T]) Put(v T) { q.items <- v }

func (q *Queue[T]) Get() T { return <-q.items }

func At[T any](xs []T, i int) T {
	return xs[i]
}

func main() {
	q := NewQueue[string](2)
	q.Put("a")
	fmt.Println(q.Get())
	fmt.Println(At([]int{1, 2, 3}, 5))
}
