// A named type declared as another named type that is still being declared (a list node
// and its alias-like twin) gets that type's fields, and a literal of pointers to arrays may
// elide &[N]T as it may elide &T for structs.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Item
}

type Item Node

type Celsius Temp
type Temp Degrees
type Degrees struct{ V float64 }

type Row [3]int

func main() {
	list := &Item{1, &Item{2, nil}}
	for n := list; n != nil; n = n.Next {
		fmt.Println(n.Val)
	}
	fmt.Println(Node(*list).Val, Celsius{21.5})

	rows := []*Row{{1, 2, 3}, {4, 5, 6}}
	rows[1][2] = 60
	fmt.Println(*rows[0], *rows[1], len(rows[0]))
	grid := [2]*[2]string{{"a", "b"}}
	fmt.Println(*grid[0], grid[1] == nil)
	byName := map[string]*[2]int{"x": {7, 8}}
	fmt.Println(byName["x"][1])
}
