package main

import "fmt"

type P struct {
	Name string
	Age  int
}

func main() {
	ps := []P{{"a", 1}, {"b", 2}}
	cp := append([]P(nil), ps...)
	cp[0].Age = 100
	fmt.Println(ps[0].Age, cp[0].Age)
	dst := make([]P, 2)
	n := copy(dst, ps)
	dst[1].Name = "z"
	fmt.Println(n, ps[1].Name, dst[1].Name)
	more := append(ps, P{"c", 3})
	more[0].Age = 7
	fmt.Println(ps[0].Age, more[0].Age)
	arrs := [][2]int{{1, 2}, {3, 4}}
	ac := append([][2]int{}, arrs...)
	ac[0][0] = 9
	fmt.Println(arrs[0][0], ac[0][0])
	ad := make([][2]int, 2)
	copy(ad, arrs)
	ad[1][1] = 8
	fmt.Println(arrs[1][1], ad[1][1])
	// Overlapping copy within one slice.
	s := []P{{"x", 1}, {"y", 2}, {"z", 3}}
	copy(s[1:], s)
	s[1].Age = 50
	fmt.Println(s[0].Age, s[1].Age, s[2].Age)
	// A single appended struct value is a copy too.
	p := P{"q", 1}
	one := append([]P{}, p)
	one[0].Age = 2
	fmt.Println(p.Age, one[0].Age)
	// A pointer to an element sees what copy and an in-place append store there.
	dst2 := make([]P, 3)
	first := &dst2[0]
	copy(dst2, ps)
	fmt.Println(first.Name, first.Age)
	base := make([]P, 1, 4)
	slot := &base[:2][1]
	base = append(base, P{"in place", 5})
	fmt.Println(slot.Name, slot.Age)
	// The delete and insert idioms on struct slices.
	del := []P{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}
	del = append(del[:1], del[2:]...)
	del[0].Age = 10
	fmt.Println(del)
	ins := []P{{"a", 1}, {"c", 3}}
	ins = append(ins, P{})
	copy(ins[2:], ins[1:])
	ins[1] = P{"b", 2}
	ins[2].Age++
	fmt.Println(ins)
	grid := [][3]int{{1, 2, 3}}
	grid2 := append(grid, grid[0])
	grid2[1][0] = 7
	fmt.Println(grid, grid2)
}
