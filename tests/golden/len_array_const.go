// len and cap of an array, or of a pointer to one, are constants unless the operand holds a
// function call or a channel receive: then it is evaluated, for its effects.
package main

import "fmt"

type Board struct{ cells [3][3]rune }

var boards map[string]*Board
var rows [][4]int

const (
	side  = len(Board{}.cells)
	inner = len(boards["x"].cells[0])
	width = cap(rows[7])
)

var calls int

func next() *[5]int { calls++; return nil }

func main() {
	var buf [side * inner * width]byte
	fmt.Println(side, inner, width, len(buf))
	n := len(next())
	ch := make(chan [6]int, 1)
	ch <- [6]int{}
	m := cap(<-ch)
	fmt.Println(n, m, calls, len(ch))
}
