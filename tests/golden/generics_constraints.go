package main

import (
	"errors"
	"fmt"

	"strconv"
	"sync"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func gen[T any](vals ...T) <-chan T {
	c := make(chan T)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

type Setter[T any] interface {
	Set(string)
	*T
}

type Settable int

func (s *Settable) Set(v string) {
	n, _ := strconv.Atoi(v)
	*s = Settable(n)
}

func FromStrings[T any, PT Setter[T]](s []string) []T {
	result := make([]T, len(s))
	for i, v := range s {
		p := PT(&result[i])
		p.Set(v)
	}
	return result
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface{ int | float64 }

func SumNumbers[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}))
	xs := []string{"pear", "apple", "fig"}
	SortSlice(xs)
	fmt.Println(xs)
	total := 0
	for v := range Merge(gen(1, 2, 3), gen(10, 20)) {
		total += v
	}
	fmt.Println("total", total)
	fmt.Println(FromStrings[Settable]([]string{"1", "2", "42"}))
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	r := Try(func() (int, error) { return 0, errors.New("boom") })
	fmt.Printf("%+v %T\n", r, r)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, i int) string { return a + strconv.Itoa(i) }))
	fmt.Println(SumNumbers(map[string]int{"a": 1, "b": 2}), SumNumbers(map[string]float64{"a": 1.5}))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	p := Ptr(42)
	fmt.Println(*p, *Ptr("s"))
	fmt.Printf("%T %T\n", Merge[int], Tree[string]{})
}
