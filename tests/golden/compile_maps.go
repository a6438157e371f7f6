package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "a": 2}
	var bad map[[]int]string
	var f map[func()]int
	x := m[1]
	delete(m)
	delete(1, 2)
	n := map[int]string{1: "x", 2: "y", 1: "z"}
	var p map[string]int
	fmt.Println(p == m, bad, f, x, n)
	_ = &m["a"]
	_ = cap(m)
	k := map[string]int{"a"}
	_ = k
}
