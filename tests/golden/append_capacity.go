// The capacity append gives a grown slice, as Go's growslice and size classes give it, for
// elements of 1, 4, 8, 16 (with pointers), 24 (padded struct) and 0 bytes.
package main

import "fmt"

type P struct {
	X, Y int32
	Name string
}

type B struct {
	a bool
	b int64
	c bool
}

func main() {
	var a []int
	var s []string
	var b []byte
	var ps []P
	var bs []B
	var fs []float32
	var e []struct{}
	for i := 0; i < 700; i++ {
		pa, ps0, pb, pp, pbs, pf := cap(a), cap(s), cap(b), cap(ps), cap(bs), cap(fs)
		a = append(a, i)
		s = append(s, "x")
		b = append(b, 1)
		ps = append(ps, P{})
		bs = append(bs, B{})
		fs = append(fs, 1)
		e = append(e, struct{}{})
		if cap(a) != pa || cap(s) != ps0 || cap(b) != pb || cap(ps) != pp || cap(bs) != pbs || cap(fs) != pf {
			fmt.Println(len(a), cap(a), cap(s), cap(b), cap(ps), cap(bs), cap(fs), cap(e))
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7, 8)
	y := append([]byte("hello"), " world, this is long"...)
	z := append(make([]string, 300), make([]string, 30)...)
	fmt.Println(cap(x), cap(y), cap(z))
}
