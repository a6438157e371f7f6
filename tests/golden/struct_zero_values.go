package main

import "fmt"

type P struct{ X, Y int }
type Q P

func named() (p P) {
	p.X = 1
	return
}

func main() {
	// Zero structs from maps, closed channels, make and named results are usable.
	m := map[string]P{"a": {1, 2}}
	fmt.Println(m["a"].X, m["b"].Y, m["b"], m)
	v, ok := m["x"]
	v.X = 3
	fmt.Println(v, ok)
	ch := make(chan P, 1)
	close(ch)
	fmt.Println((<-ch).X)
	w, ok2 := <-ch
	w.Y = 4
	fmt.Println(w, ok2, named())
	s := make([]P, 2, 4)
	s[1].Y = 5
	s = s[:3]
	s[2].X = 6
	fmt.Println(s)

	// Conversion between struct types copies.
	q := Q(v)
	q.X = 9
	fmt.Println(q, v, P(q) == v)

	// A map of structs holds copies; write back to change one.
	pt := m["a"]
	pt.Y = 20
	fmt.Println(m["a"])
	m["a"] = pt
	fmt.Println(m["a"])
}
