// A learner's compile error: types missing interface methods (composite literals shortened to T{…} as gc prints them).
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }
func (q *Square) Perimeter() float64 { return 4 * q.s }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return c.r }

func main() {
	var s Shape = Square{2}
	var t Shape = Circle{1}
	fmt.Println(s, t)
}
