package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int32 | ~float64
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func Uniq[T comparable](xs []T) []T {
	var out []T
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func MinMax[T cmp.Ordered](xs []T) (T, T) {
	return slices.Min(xs), slices.Max(xs)
}

func Less[T cmp.Ordered](a, b T) bool { return cmp.Less(a, b) }

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

func Index[T comparable](xs []T, x T) int { return slices.Index(xs, x) }

func Avg[T Number](xs []T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return min(max(x, lo), hi) }

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Person struct {
	Name string
	Age  int
}

func main() {
	fmt.Println(SortedKeys(map[string]int{"b": 1, "a": 2, "c": 3}))
	fmt.Println(SortedKeys(map[float64]bool{2.5: true, -1: false}))
	fmt.Println(Uniq([]int{1, 2, 1, 3, 2}), Uniq([]string{"a", "a"}))
	fmt.Println(MinMax([]int{4, 2, 9}))
	fmt.Println(MinMax([]string{"pear", "apple"}))
	fmt.Println(Less(1, 2), Less("b", "a"))
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}}
	SortBy(ps, func(p Person) int { return p.Age })
	fmt.Println(ps)
	SortBy(ps, func(p Person) string { return p.Name })
	fmt.Println(ps, Index([]string{"x", "y"}, "y"))
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]float64{1.5, 2.5}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	c := Count(strings.Fields("a b a c b a"))
	keys := slices.Collect(maps.Keys(c))
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, c[k], " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(maps.Keys(c)))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 4)
	fmt.Println(idx, found, slices.Equal([]int{1}, []int{1}), slices.Compact([]int{1, 1, 2, 2, 1}))
}
