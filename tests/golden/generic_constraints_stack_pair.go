package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Total[T Number](first T, more ...T) T {
	for _, x := range more {
		first += x
	}
	return first
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		m = max(m, r)
	}
	return m
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stringer interface{ String() string }

func JoinAll[T Stringer](xs []T) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Total(1, 2, 3), Total(1.5, 2.5), Total[MyInt](4, 5))
	fmt.Printf("%T %s\n", Total[MyInt], strings.Repeat("*", 3))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a"), min(2.5, 1), max('a', 'b'))
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	fmt.Printf("%T %+v\n", s, *s)
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(JoinAll(ps), ps[0])
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1}, 2))
}
