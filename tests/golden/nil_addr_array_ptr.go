package main

import "fmt"

// Element 2 of a nil *[4]int is 16 bytes from nil.
type Grid struct {
	cells *[4]int
}

func main() {
	g := Grid{cells: &[4]int{1, 2, 3, 4}}
	fmt.Println(g.cells[2])
	var empty Grid
	fmt.Println(len(empty.cells))
	fmt.Println(empty.cells[2])
}
