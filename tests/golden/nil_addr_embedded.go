package main

import "fmt"

// A field promoted through an embedded struct value is at the sum of both offsets.
type Point struct{ X, Y int }

type Circle struct {
	Name string
	Point
	R int
}

func (c *Circle) Area() int { return 3 * c.R * c.R }

func main() {
	c := &Circle{"unit", Point{1, 2}, 1}
	fmt.Println(c.Y, c.Area())
	var none *Circle
	fmt.Println(none.Y)
}
