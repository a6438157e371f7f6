// A method value of a nil interface panics where it is evaluated, as does one of a nil
// pointer whose method has a value receiver; a pointer-receiver method value of a nil
// pointer is fine until it dereferences.
package main

import "fmt"

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panics:", e)
		}
	}()
	f()
	fmt.Println(name, "is fine")
}

func main() {
	var area func() int
	try("nil interface", func() {
		var s Shape
		area = s.Area
	})
	try("nil *Square", func() {
		var p *Square
		area = p.Area
	})
	try("nil *Circle", func() {
		var c *Circle
		area = c.Area
	})
	try("calling it", func() { area() })
	reached := false
	try("defer of a nil interface's method", func() {
		var s Shape
		defer s.Area()
		reached = true
	})
	fmt.Println("reached:", reached)
	var s Shape = Square{3}
	f := s.Area
	s = Square{4}
	fmt.Println(f(), s.Area())
}
