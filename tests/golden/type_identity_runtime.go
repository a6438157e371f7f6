// Types that print alike at run time are still different types: a struct embedding an
// alias has a field named after the alias, and arrays of two local types named alike
// differ; interface comparisons and type switches tell them apart.
package main

import "fmt"

type Int = int

type Plain = struct{ int }
type Aliased = struct{ Int }

func local1() any {
	type T int
	return [2]T{1, 2}
}

func local2() any {
	type T int
	return [2]T{1, 2}
}

func main() {
	var x, y any = Plain{}, Aliased{}
	fmt.Printf("%T %T %v\n", x, y, x == y)
	_, ok := y.(Plain)
	fmt.Println("Aliased is Plain:", ok)
	a, b := local1(), local2()
	fmt.Printf("%T %T %v %v\n", a, b, a == b, a == local1())
	var p, q any = struct{ Int }{3}, Aliased{3}
	fmt.Println(p == q)
}
