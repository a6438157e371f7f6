// Slices in globals, captured by closures (boxed when reassigned), of funcs, behind a pointer.
package main

import (
	"fmt"
)

var data = []int{3, 1, 2}
var names []string

func add(n string) {
	names = append(names, n)
}

func main() {
	data[0] = 30
	data = append(data, 4)
	fmt.Println(data, len(data))
	add("a")
	add("b")
	fmt.Println(names)
	s := []int{1, 2, 3}
	inc := func() { s[0]++; s = append(s, 9) }
	inc()
	inc()
	fmt.Println(s)
	fs := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 10 }}
	for _, f := range fs {
		fmt.Print(f(5), " ")
	}
	fmt.Println()
	p := &s
	fmt.Println(len(*p))
}
