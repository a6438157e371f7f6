package main

import "fmt"

type G int

func main() {
	type X int
	var x X = 1
	var y int = x
	var g G = 2
	var z int = g
	type S struct{ A int }
	type P struct{ A int }
	var s S = P{1}
	fmt.Println(y, z, s)
	fmt.Printf("%T %T\n", x, s)
}
