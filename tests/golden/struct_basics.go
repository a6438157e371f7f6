package main

import "fmt"

type Inner struct{ A, B int }

type Outer struct {
	Name string
	In   Inner
	Tags []string
	P    *Inner
}

func bump(in Inner) Inner {
	in.A++
	return in
}

func bumpPtr(in *Inner) {
	in.A++
}

func main() {
	// Assignment copies; nested structs are copied too.
	o := Outer{Name: "x", In: Inner{1, 2}, Tags: []string{"a", "b"}}
	o2 := o
	o2.In.A = 99
	o2.Name = "y"
	fmt.Println(o)
	fmt.Println(o2)
	fmt.Printf("%v\n%+v\n%T %T\n", o, o2, o, &o)

	// Passing by value copies; a pointer shares.
	i := Inner{1, 2}
	j := bump(i)
	bumpPtr(&i)
	fmt.Println(i, j)

	// v = w copies into v, so a pointer to v keeps seeing v.
	p := &i
	i = Inner{7, 8}
	fmt.Println(*p, p.A, p)
	*p = Inner{9, 10}
	fmt.Println(i)

	// Slices of structs and of pointers; range variables are copies.
	vs := []Inner{{5, 6}, {7, 8}}
	for _, v := range vs {
		v.A = 100
	}
	fmt.Println(vs)
	for k := range vs {
		vs[k].A = 100
	}
	fmt.Println(vs, len(vs))
	ps := []*Inner{{1, 2}, {3, 4}}
	ps[0].B = 20
	fmt.Println(*ps[0], ps[1].B)
	x := vs[0]
	x.B = -1
	fmt.Println(vs[0], x)

	// Equality is field by field; pointers compare by identity.
	fmt.Println(vs[0] == Inner{100, 6}, vs[0] != vs[1], Inner{} == Inner{0, 0})
	q := new(Inner)
	r := q
	r.B = 3
	fmt.Println(*q, q == r, q == &Inner{0, 3}, q != nil)
	var np *Inner
	fmt.Println(np == nil, np, o.P)

	// Anonymous structs and zero values.
	var z Outer
	fmt.Printf("%+v|%v\n", z, z.Tags == nil)
	pt := struct {
		X, Y int
		L    string
	}{1, 2, "pt"}
	fmt.Println(pt, pt.L)
	fmt.Printf("%d %s %q\n", Inner{1, 2}, "s", Outer{Name: "q"}.Name)

	// Structs through channels are copies too.
	ch := make(chan Inner, 1)
	ch <- i
	i.A = 0
	got := <-ch
	fmt.Println(got, i)
	var e any = got
	got.A = 1
	fmt.Println(e, got)
}
