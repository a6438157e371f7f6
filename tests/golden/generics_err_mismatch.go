package main

func F[T comparable](a, b T) bool { return a == b }

type Pair[K comparable, V any] struct{}

type List[T any] struct{ v T }

func Keys[K comparable, V any](m map[K]V) {}

func main() {
	_ = F([]int{}, nil)
	_ = F(1, "a")
	var l Pair[int]
	_ = l
	var l2 List
	f := Keys
	_, _ = l2, f
}
