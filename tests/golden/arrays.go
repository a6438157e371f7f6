package main

import "fmt"

// Arrays are values: copied on assignment, passing and return, compared with ==, nested,
// in structs, sliced (sharing storage), ranged over, printed, and bounds-checked.
type Point struct {
	X, Y int
}

type Grid struct {
	Cells [3][3]int
	Name  string
}

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[3]int) {
	for i := range p {
		p[i] = i + 10
	}
}

func main() {
	var a [3]int
	fmt.Println(a, len(a), cap(a))
	b := [3]int{1, 2, 3}
	c := b
	c[0] = 100
	fmt.Println(b, c, b == c, b != c)
	d := double(b)
	fmt.Println(b, d)
	e := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(e), e)
	fmt.Printf("%v %d %T %T\n", b, b, b, e)
	k := [5]int{1: 10, 3: 30}
	fmt.Println(k)
	var g [2][3]int
	g[1][2] = 5
	h := g
	h[0][0] = 9
	fmt.Println(g, h)
	s := b[:]
	s[1] = 42
	fmt.Println(b, s, len(s), cap(s))
	s2 := b[1:2]
	fmt.Println(s2, len(s2), cap(s2))
	fill(&b)
	fmt.Println(b)
	p := &b
	p[0] = 7
	fmt.Println(b[0], len(p))
	var gr Grid
	gr.Cells[1][1] = 4
	gr2 := gr
	gr2.Cells[1][1] = 8
	fmt.Println(gr, gr2)
	fmt.Printf("%+v\n", gr)
	pts := [2]Point{{1, 2}, {3, 4}}
	q := pts
	q[0].X = 99
	fmt.Println(pts, q, pts == [2]Point{{1, 2}, {3, 4}})
	sum := 0
	for i, v := range b {
		sum += i * v
	}
	fmt.Println(sum)
	var ifc interface{} = b
	fmt.Println(ifc, ifc == interface{}([3]int{7, 42, 12}))
	arrs := make([][2]int, 2)
	arrs[1][0] = 3
	fmt.Println(arrs)
	m := map[string][2]int{"a": {1, 2}}
	fmt.Println(m["a"], m["zz"])
	var bs [4]byte
	copy(bs[:], "hey!")
	fmt.Println(bs, string(bs[:]))
	idx := 5
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(b[idx%len(b)])
	fmt.Println(a[idx])
}
