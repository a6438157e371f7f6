// Recursive interfaces, generic func/chan/interface types that refer to themselves, and a
// struct reaching itself through a pointer, map, slice and func: checked and run.
package main

import "fmt"

type I interface{ M() I }
type T struct{ next *T }

func (t T) M() I { return t }

type F[X any] func(F[X]) F[X]
type C[X any] chan C[X]
type G[X any] interface {
	Get() G[X]
	Val() X
}
type impl[X any] struct{ v X }

func (i impl[X]) Get() G[X] { return i }
func (i impl[X]) Val() X    { return i.v }

type S struct {
	p *S
	m map[*S]S
	s []S
	f func(S) S
}

func use[X any](g G[X]) X { return g.Get().Get().Val() }

func main() {
	var i I = T{}
	fmt.Println(i.M().M() != nil)
	var f F[int]
	f = func(g F[int]) F[int] { return g }
	fmt.Println(f(f) != nil)
	c := make(C[string], 1)
	c <- c
	fmt.Println(len(c))
	fmt.Println(use[int](impl[int]{5}), use(G[string](impl[string]{"x"})))
	s := S{m: map[*S]S{}}
	s.m[&s] = S{}
	fmt.Println(len(s.m), s.p == nil)
	var x any = s.s
	switch x.(type) {
	case []S:
		fmt.Println("[]S")
	}
	fmt.Printf("%T %T %T\n", f, c, s.f)
}
