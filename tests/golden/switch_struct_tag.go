// A switch whose tag is a struct, an array or a complex number compares each case as ==
// does: field by field, element by element.
package main

import "fmt"

type Point struct{ X, Y int }

func at(x, y int) Point { return Point{x, y} }

type Grid [2][2]bool

func main() {
	for _, p := range []Point{{0, 0}, {1, 2}, {3, 4}} {
		switch p {
		case at(1, 2):
			fmt.Println(p, "is (1,2)")
		case Point{}:
			fmt.Println(p, "is the origin")
		default:
			fmt.Println(p, "is elsewhere")
		}
	}
	g := Grid{{true, false}, {false, true}}
	switch g {
	case Grid{}:
		fmt.Println("empty grid")
	case Grid{{true, false}, {false, true}}:
		fmt.Println("diagonal grid")
	}
	type pair [2]string
	switch (pair{"a", "b"}) {
	case pair{"a", "a"}:
		fmt.Println("wrong")
	case pair{"a", "b"}:
		fmt.Println("pair a b")
	}
	switch c := complex(1, 2); c {
	case 1:
		fmt.Println("wrong")
	case 1 + 2i:
		fmt.Println("complex", c)
	}
}
