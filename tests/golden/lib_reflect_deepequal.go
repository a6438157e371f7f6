package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type T struct {
	A int
	B []string
	M map[string]int
	p *int
}

func main() {
	one, two := 1, 1
	nan := math.NaN()
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	c := &Node{Val: 2}
	c.Next = c
	var nilMap map[string]int
	tests := []struct {
		name string
		x, y any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"slices", []int{1, 2}, []int{1, 2}},
		{"slices differ", []int{1, 2}, []int{2, 1}},
		{"nil vs empty slice", []int(nil), []int{}},
		{"nil slices", []int(nil), []int(nil)},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"maps differ", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"nil vs empty map", nilMap, map[string]int{}},
		{"structs", T{1, []string{"x"}, map[string]int{"k": 1}, &one}, T{1, []string{"x"}, map[string]int{"k": 1}, &two}},
		{"structs differ", T{A: 1}, T{A: 2}},
		{"pointers", &one, &two},
		{"NaN", nan, nan},
		{"NaN slice", []float64{nan}, []float64{nan}},
		{"cycles", a, b},
		{"cycles differ", a, c},
		{"nil nil", nil, nil},
		{"nil vs value", nil, 1},
		{"arrays", [2]int{1, 2}, [2]int{1, 2}},
		{"nested", map[string][]any{"x": {1, "a", []int{2}}}, map[string][]any{"x": {1, "a", []int{2}}}},
		{"funcs nil", (func())(nil), (func())(nil)},
		{"errors", fmt.Errorf("e"), fmt.Errorf("e")},
		{"bytes", []byte("hi"), []byte("hi")},
	}
	for _, tc := range tests {
		fmt.Printf("%-20s %v\n", tc.name, reflect.DeepEqual(tc.x, tc.y))
	}
	f := func() {}
	fmt.Println(reflect.DeepEqual(f, f))
	s := []int{1, 2, 3}
	fmt.Println(reflect.DeepEqual(s, s), reflect.DeepEqual(s[:2], s[:2]), reflect.DeepEqual(s[1:], []int{2, 3}))
	type pair struct{ a, b any }
	fmt.Println(reflect.DeepEqual(pair{1, []int{1}}, pair{1, []int{1}}))
}
