package main

import "fmt"

// A type assertion to the wrong concrete type panics with Go's interface-conversion text
// (iface_dispatch covers the assertions that succeed).
type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	x := interface{}(Rect{1, 2})
	fmt.Println(x.(Rect).W)
	fmt.Println(x.(Shape).Area())
	fmt.Println(x.(int))
}
