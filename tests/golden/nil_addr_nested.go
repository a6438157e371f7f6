package main

import "fmt"

// p.inner.x through a nil p is one load at the sum of the offsets (16 + 8).
type Inner struct{ w, x int }

type Outer struct {
	tag   string
	inner Inner
}

func get(p *Outer) int { return p.inner.x }

func main() {
	fmt.Println(get(&Outer{"a", Inner{1, 2}}))
	fmt.Println(get(nil))
}
