package main

import "fmt"

// len of a slice field through a nil pointer reads the slice's length word: 8 bytes into
// the field.
type Stack struct {
	name  string
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Len() int   { return len(s.items) }

func main() {
	s := &Stack{name: "s"}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len(), cap(s.items) >= 2, len(s.name))
	var none *Stack
	fmt.Println(none.Len())
}
