// A value method called through an interface that holds a nil pointer panics with Go's
// panicwrap text, and a failed assertion between two local types named alike says that
// they come from different scopes.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

type Normer interface{ Norm() int }

//go:noinline
func describe(s fmt.Stringer) string { return s.String() }

//go:noinline
func norm(n Normer) int { return n.Norm() }

func try(name string, f func()) {
	defer func() {
		e := recover()
		_, runtime := e.(interface{ RuntimeError() })
		fmt.Println(name+":", e, runtime)
	}()
	f()
}

var box any

func local1() {
	type T struct{}
	box = T{}
}

func local2() {
	type T struct{}
	_ = box.(T)
}

func main() {
	var c *Celsius
	try("celsius", func() { describe(c) })
	var p *Point
	try("point", func() { norm(p) })
	q := &Point{3, 4}
	fmt.Println(norm(q))
	local1()
	try("scopes", local2)
}
