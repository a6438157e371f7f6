package main

import (
	"fmt"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	var ps []P
	for i := 0; i < 100; i++ {
		ps = append(ps, P{fmt.Sprint("p", i), (i * 7919) % 7})
	}
	slices.SortFunc(ps, func(a, b P) int { return a.Age - b.Age })
	fmt.Println(ps)
	var qs []P
	for i := 0; i < 100; i++ {
		qs = append(qs, P{fmt.Sprint("p", i), (i * 7919) % 7})
	}
	slices.SortStableFunc(qs, func(a, b P) int { return a.Age - b.Age })
	fmt.Println(qs)
	xs := []int{5, 2, 8, 2, 9, 1, 1, 1, 4}
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 6 }))
	fmt.Println(slices.ContainsFunc(xs, func(x int) bool { return x > 60 }))
	fmt.Println(slices.MinFunc(ps, func(a, b P) int { return a.Age - b.Age }))
	fmt.Println(slices.MaxFunc(ps, func(a, b P) int { return a.Age - b.Age }))
	ys := slices.DeleteFunc(append([]int(nil), xs...), func(x int) bool { return x%2 == 0 })
	fmt.Println(ys, len(ys))
	zs := slices.CompactFunc([]string{"a", "A", "b", "B", "c", "a"}, strings.EqualFold)
	fmt.Println(zs, len(zs))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	sorted := []int{1, 3, 5, 7}
	i, ok := slices.BinarySearchFunc(sorted, 5, func(a, b int) int { return a - b })
	fmt.Println(i, ok)
	fmt.Println(slices.IsSortedFunc(sorted, func(a, b int) int { return a - b }))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
}
