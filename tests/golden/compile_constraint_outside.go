// Constraint interfaces (with type terms, or comparable, including `type C comparable`)
// used as ordinary types are errors; as constraints and embedded in other constraints
// they are fine.
package main

type Number interface{ ~int | ~float64 }
type C comparable
type Both interface {
	C
	Number
}

func eq[T C](a, b T) bool         { return a == b }
func add[T Number](a, b T) T      { return a + b }
func same[T Both](a, b T) bool    { return a == b }
func first[T any, S ~[]T](s S) T  { return s[0] }

var n Number

func f(c C) {}

type S struct{ b Both }

func main() {
	println(eq(1, 1), add(1.5, 2), same(3, 3), first([]int{4}))
	_, _ = n, f
}
