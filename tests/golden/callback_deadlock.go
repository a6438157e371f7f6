package main

import (
	"fmt"
	"slices"
)

func main() {
	ch := make(chan int)
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, func(a, b int) int {
		<-ch
		return a - b
	})
	fmt.Println(xs)
}
