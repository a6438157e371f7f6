package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{}
	m["a"].X = 1
	m["a"].Y++
	_ = &m["a"].X
}
