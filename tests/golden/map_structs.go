package main

import "fmt"

type Point struct{ X, Y int }

type Reg struct {
	name  string
	items map[string]int
}

func main() {
	p := Point{1, 2}
	m := map[string]Point{"a": p, "b": {3, 4}}
	p.X = 100
	fmt.Println(m, m["a"].X)
	q := m["b"]
	q.Y = 40
	fmt.Println(m["b"], q)
	m["c"] = q
	q.X = -1
	fmt.Println(m)
	var z Point = m["zz"]
	fmt.Println(z)
	r := Reg{name: "r", items: map[string]int{"x": 1}}
	r.items["y"] = 2
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	pm := map[string]*Point{"a": &p}
	pm["a"].Y = 7
	fmt.Println(p, len(pm))
	for k, v := range m {
		v.X = 0
		_ = k
	}
	fmt.Println(m["a"])
}
