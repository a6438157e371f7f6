package main

import "fmt"

// Through an embedded pointer that is nil: the fault is at Y's offset in Point.
type Point struct{ X, Y int }

type Label struct {
	Text string
	*Point
}

func main() {
	l := Label{Text: "origin", Point: &Point{}}
	fmt.Println(l.Text, l.X, l.Y)
	m := Label{Text: "nowhere"}
	fmt.Println(m.Text)
	m.Y = 4
}
