package main

import "fmt"

// Structs and arrays as map keys: lookups by value, nested keys, interface keys holding
// them, -0 and +0 as one key, printing sorted field by field.
type Point struct{ X, Y int }

type Key struct {
	Name string
	At   Point
}

func main() {
	visited := map[Point]bool{}
	visited[Point{1, 2}] = true
	p := Point{1, 2}
	fmt.Println(visited[p], visited[Point{2, 1}], len(visited))
	p.X = 5
	visited[p] = true
	fmt.Println(visited)
	grid := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	grid[[2]int{0, 1}] = "north"
	fmt.Println(grid, grid[[2]int{1, 0}])
	delete(grid, [2]int{0, 0})
	fmt.Println(len(grid))
	m := map[Key]int{}
	m[Key{"a", Point{1, 1}}]++
	m[Key{"a", Point{1, 1}}]++
	m[Key{"b", Point{1, 1}}]++
	fmt.Println(m)
	for k, v := range m {
		k.Name = "changed"
		_ = v
	}
	fmt.Println(m[Key{"a", Point{1, 1}}])
	var any map[interface{}]int = map[interface{}]int{}
	any[Point{3, 4}] = 7
	any[[1]string{"x"}] = 8
	fmt.Println(any[Point{3, 4}], any[[1]string{"x"}], len(any))
	f := map[[2]float64]int{}
	f[[2]float64{0, 1}] = 1
	f[[2]float64{-0.0 * 1, 1}] += 1
	fmt.Println(f)
}
