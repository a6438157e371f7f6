package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Strs[T fmt.Stringer](xs []T) []string {
	return Map(xs, func(x T) string { return x.String() })
}

func Dup[T any](xs []T) []T {
	return Map[T, T](xs, func(x T) T { return x })
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Num int

func (n Num) String() string { return "n" + strconv.Itoa(int(n)) }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Zero[T any]() (z T) { return }

func Sprint[T any](x T) string { return fmt.Sprint(x) + fmt.Sprintf("|%v|%T", any(x), x) }

type Number interface{ int | float64 }

func Total[T Number](xs []T) (t T) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	fmt.Println(Strs([]Num{1, 2}), Dup([]int{1, 2}), len(Keys(map[string]int{"a": 1})))
	fmt.Println(Uniq([]int{1, 1, 2, 3, 2}))
	b := Wrap("hi")
	fmt.Println(b.Get(), Wrap(Wrap(1)).Get().Get())
	x, y := 1, 2
	Swap(&x, &y)
	fmt.Println(x, y, Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	fmt.Println(Sprint(Num(3)), Sprint([]int{1}))
	fmt.Println(Total([]float64{1.5, 2}), Total([]int{}))
	var fs []func(int) int
	fs = append(fs, func(i int) int { return i })
	fmt.Println(len(Map(fs, func(f func(int) int) int { return f(2) })))
}
