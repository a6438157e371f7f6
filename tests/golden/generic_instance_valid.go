// Generic code whose instances would be errors if written out by hand, but is valid Go:
// type switches and assertions that a type argument makes duplicate or impossible (the
// first matching case wins), and inference of type arguments through interface types
// with type parameters (Go 1.21's interface inference). Also println of a multi-value
// call.
package main

import "fmt"

type Getter[T any] interface{ Get() T }

type box struct{ v int }

func (b box) Get() int { return b.v }

type named string

func (n named) Get() string { return string(n) }

// T is inferred from the argument's Get method.
func get[T any](g Getter[T]) T { return g.Get() }

func both[T any](a, b Getter[T]) []T { return []T{a.Get(), b.Get()} }

type Mapper[A, B any] interface{ Map(A) B }

type double struct{}

func (double) Map(x int) string { return fmt.Sprint(x * 2) }

func apply[A, B any](m Mapper[A, B], xs ...A) (out []B) {
	for _, x := range xs {
		out = append(out, m.Map(x))
	}
	return
}

func kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func is[T, U any](x Getter[T]) bool {
	_, ok := x.(U)
	return ok
}

func pick[T ~int](v T) string {
	switch v {
	case T(1), 1:
		return "one"
	case 2:
		return "two"
	}
	m := map[any]int{int(0): 1, T(0): 2}
	return fmt.Sprint(len(m))
}

func pair[T any](v T) (T, bool) { return v, true }

func main() {
	fmt.Println(get(box{3}), get(named("hi")))
	fmt.Println(both[int](box{1}, box{2}))
	fmt.Println(apply(double{}, 1, 2, 3))
	fmt.Println(kind[int](1), kind[string]("s"), kind[float64](1.5), kind[bool](true), kind[int]("x"))
	fmt.Println(is[int, box](box{}), is[int, string](box{}), is[string, named](named("")))
	fmt.Println(pick(1), pick(2), pick(3))
	println(pair(7))
	println(pair[string]("s"))
	print(pair(2.5))
	println()
}
