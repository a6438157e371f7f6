// fmt calls the String and Error methods of values below the top level (pointer fields, slice
// and map elements, interface fields; a nil *Tree by its method), but not through unexported fields.
package main

import (
	"errors"
	"fmt"
)

type P struct {
	Name string
	Age  int
}

func (p P) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.L, t.V, t.R)
}

type N struct{ v int }

func (n *N) String() string { return fmt.Sprint("N", n.v) }

type W struct {
	q   P
	R   P
	Any any
	Err error
	T   *Tree
	n   *N
}

func main() {
	t := &Tree{V: 2, L: &Tree{V: 1}}
	fmt.Println(t)
	fmt.Println(W{q: P{"a", 1}, R: P{"b", 2}, Any: &N{5}, Err: errors.New("e"), T: nil})
	fmt.Printf("%+v\n", W{R: P{"c", 3}, T: t})
	fmt.Println([]*N{{1}, {2}}, map[string]*N{"k": {3}})
	var np *N
	fmt.Println([]*N{np})
	fmt.Printf("%v %s %d\n", []*N{{7}}, []*N{{8}}, []P{{"x", 1}})
}
