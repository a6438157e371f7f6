// Defined and generic types that refer to themselves through slices, maps, channels,
// functions, pointers and arrays: described, printed, converted and instantiated.
package main

import "fmt"

type T []T
type M map[string]M
type F func() F
type C chan C
type P *P
type A [2]*A
type S struct {
	next *S
	kids []S
	m    map[int]S
}

type List[E any] []List[E]
type Chan[E any] chan Chan[E]
type Tree[E any] struct {
	val  E
	kids []*Tree[E]
}
type Fn[E any] func(E) Fn[E]

func (ch Chan[E]) recv() Chan[E] { return <-ch }

func count[E any](l List[E]) int {
	n := 1
	for _, k := range l {
		n += count(k)
	}
	return n
}

func main() {
	t := T{T{}, T{T{}}}
	fmt.Println(len(t), t, len(t[1]))
	fmt.Printf("%T %v\n", t, t)
	m := M{"a": M{"b": nil}}
	fmt.Println(len(m), m)
	fmt.Printf("%T\n", m)
	var f F
	f = func() F { return f }
	fmt.Println(f()() != nil)
	fmt.Printf("%T\n", f)
	c := make(C, 1)
	c <- c
	fmt.Println(<-c == c)
	fmt.Printf("%T\n", c)
	var p P
	p = &p
	fmt.Println(*p == p)
	fmt.Printf("%T\n", p)
	var a A
	a[0] = &a
	fmt.Println(a[0][0] == &a, a[1] == nil)
	fmt.Printf("%T\n", a)
	s := S{kids: []S{{}}, m: map[int]S{1: {}}}
	fmt.Println(len(s.kids), len(s.m))
	fmt.Printf("%T\n", s)
	var x any = t
	_, ok := x.(T)
	fmt.Println(ok)
	x = m
	_, ok = x.(M)
	fmt.Println(ok)

	l := List[int]{List[int]{}, List[int]{List[int]{}}}
	fmt.Println(count(l), l)
	fmt.Printf("%T\n", l)
	ch := Chan[int](make(chan Chan[int]))
	go func() { ch <- make(Chan[int]) }()
	fmt.Println(ch.recv() != nil)
	fmt.Printf("%T\n", ch)
	tr := &Tree[string]{val: "root", kids: []*Tree[string]{{val: "a"}}}
	fmt.Println(tr.val, tr.kids[0].val)
	fmt.Printf("%T\n", tr)
	var g Fn[int]
	g = func(i int) Fn[int] { fmt.Println("g", i); return g }
	g(1)(2)
	fmt.Printf("%T\n", g)
}
