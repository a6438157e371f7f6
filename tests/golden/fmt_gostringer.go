package main

import "fmt"

type P struct{ X, Y int }

func (p P) GoString() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Q struct {
	A P
	b P
	L []P
	M map[string]*R
}

type R struct{ N int }

func (r *R) GoString() string { return fmt.Sprint("R#", r.N) }

type Bad int

func (b Bad) GoString() string { panic("no") }

func main() {
	fmt.Printf("%#v\n", P{1, 2})
	fmt.Printf("%#v\n", Q{A: P{1, 2}, b: P{3, 4}, L: []P{{5, 6}}, M: map[string]*R{"k": {7}}})
	fmt.Printf("%v %+v\n", P{1, 2}, P{1, 2})
	fmt.Printf("%#v\n", &R{9})
	fmt.Printf("%#v\n", Bad(1))
	var s fmt.GoStringer = P{8, 9}
	fmt.Println(s.GoString())
}
