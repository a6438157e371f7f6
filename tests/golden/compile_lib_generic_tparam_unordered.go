package main

import (
	"cmp"
	"fmt"
	"slices"
)

type P struct{ x int }

func F[T any](xs []T) {
	slices.Sort(xs)
	fmt.Println(cmp.Compare(xs[0], xs[0]))
}

func main() {
	slices.Sort([]P{})
	fmt.Println(cmp.Compare(P{}, P{}))
	F([]int{1})
}
