package main

import "fmt"

type M map[string]int
type S []string

func (m *M) Add(k string) { (*m)[k]++ }
func (s *S) Push(v string) { *s = append(*s, v) }

func main() {
	m := &M{"a": 1}
	m.Add("a")
	m.Add("b")
	fmt.Println(len(*m), (*m)["a"])
	s := &S{"x"}
	s.Push("y")
	fmt.Println(*s, len(*s))
	a := &[3]int{1, 2, 3}
	a[1] = 9
	fmt.Println(*a, a[1])
	p := &[]int{4, 5}
	*p = append(*p, 6)
	fmt.Println(*p)
}
