package main

import "fmt"

type T struct{ a int }

func (t T) V() int { return t.a }

func main() {
	var p *T
	fmt.Println(p == nil)
	q := &T{4}
	fmt.Println(q.V(), (*q).V())
	// A value method through a nil pointer copies *p: a nil dereference.
	fmt.Println(p.V())
}
