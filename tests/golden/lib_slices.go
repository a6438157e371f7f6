package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Ints []int

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println(strs, slices.IsSorted(strs))
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints), slices.Contains(ints, 4), slices.Index(ints, 7), slices.Index(ints, 9))
	fl := []float64{2.5, -1, 3}
	slices.Sort(fl)
	fmt.Println(fl, slices.Max(fl), slices.Min(fl))
	named := Ints{3, 1, 2}
	slices.Sort(named)
	fmt.Println(named, slices.Max(named))
	slices.Reverse(strs)
	fmt.Println(strs, slices.Equal(ints, []int{2, 4, 7}), slices.Equal(strs, []string{"c"}))
	i, found := slices.BinarySearch(ints, 4)
	fmt.Println(i, found)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5))
	m1 := map[string]int{"a": 1, "b": 2}
	m2 := map[string]int{"b": 2, "a": 1}
	fmt.Println(maps.Equal(m1, m2))
	m2["c"] = 3
	fmt.Println(maps.Equal(m1, m2))
}
