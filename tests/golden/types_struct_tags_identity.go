// Struct tags are part of a struct type's identity and of its printed name: instances of a
// generic type whose arguments differ only in a tag are different types.
// (Unexported field names inside type arguments are written main.n by Go: not yet.)
package main

import "fmt"

type T[_ any] struct{}

type Set[K comparable] map[K]bool

func main() {
	a := struct {
		A int `json:"a"`
		B string
	}{1, "x"}
	fmt.Printf("%T %v\n", a, a)
	var x any = T[struct{ N int }]{}
	var y any = T[struct {
		N int "x"
	}]{}
	fmt.Printf("%T %T %v\n", x, y, x == y)
	m := map[any]int{x: 1, y: 2}
	fmt.Println(len(m))
	s := Set[struct {
		N int `k:"v"`
	}]{{1}: true}
	fmt.Printf("%T %v\n", s, len(s))
}
