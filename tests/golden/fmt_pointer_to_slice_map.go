package main

import "fmt"

type T struct {
	A int
	B *T
	C []int
	M map[string]int
	F func()
	E error
}

func main() {
	var s []int
	var m map[string]int
	var p *int
	var f func()
	var e error
	var i interface{}
	var ch chan int
	fmt.Println(s, m, p, f == nil, e, i, ch)
	fmt.Printf("%v %v %v %v %v %d %s\n", s, m, p, e, i, s, s)
	fmt.Printf("%+v\n", T{})
	fmt.Printf("%#v\n", s)
	fmt.Printf("%#v %#v\n", m, e)
	t := &T{A: 1, C: []int{1}}
	fmt.Printf("%v %+v\n", t, t)
	u := T{B: t}
	fmt.Println(u.B == t, u.B.A)
	fmt.Println(len(s), cap(s), len(m), m["x"], s == nil, m == nil)
	ps := &[]int{1, 2}
	pm := &map[string]int{"a": 1}
	fmt.Println(ps, pm)
	pp := &p
	fmt.Println(*pp == nil)
	type Inner struct{ X int }
	type Outer struct {
		In  Inner
		PIn *Inner
	}
	fmt.Printf("%v %+v\n", Outer{}, Outer{In: Inner{3}})
}
