package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Vec []float64

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	up := slices.Collect(func(yield func(string) bool) {
		for _, v := range s {
			if !yield(strings.ToUpper(v)) {
				return
			}
		}
	})
	fmt.Println(up, len(up))
	fmt.Println(slices.Clone(Vec{1, 2}), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4), slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}), slices.Repeat([]string{"a"}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	fmt.Println(m2, len(m))
	m3 := maps.Collect(maps.All(map[int]bool{1: true}))
	fmt.Println(m3)
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
	fmt.Println(slices.Sorted(slices.Values([]float64{3, 1, 2})))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
}
