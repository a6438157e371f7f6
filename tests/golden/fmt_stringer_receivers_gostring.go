package main

import "fmt"

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprintf("VS<%d>", v.n) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	Base
	Name string
	*VS
}

type GS struct{ A int }

func (g GS) GoString() string { return "GS!" }

type Wrap struct {
	G  GS
	PG *GS
	L  []GS
}

func main() {
	v := PS{1}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %s %+v\n", v, &v, &v, v)
	fmt.Println([]PS{{2}}, []*PS{{3}})
	fmt.Println(VS{4}, &VS{5}, []VS{{6}}, []*VS{{7}, nil})
	d := Derived{Base{1}, "d", &VS{9}}
	fmt.Println(d.Describe(), d.ID)
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Printf("%#v\n", Derived{Base: Base{2}, Name: "x"})
	fmt.Printf("%#v %#v %v\n", GS{1}, &GS{2}, GS{3})
	fmt.Printf("%#v\n", Wrap{G: GS{1}, L: []GS{{2}}})
	fmt.Printf("%#v\n", []interface{}{GS{1}, 2})
	fmt.Print("a", 1, 2, "b", 3.5, true, false, nil, 'x', "\n")
	fmt.Print(1, "\n", 2, "\n")
	fmt.Print(VS{1}, VS{2}, "\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	var ip interface{} = &v
	fmt.Println(ip)
	type T struct {
		P *PS
		V VS
		I fmt.Stringer
	}
	fmt.Printf("%v %+v\n", T{&v, VS{8}, VS{10}}, T{nil, VS{0}, nil})
}
