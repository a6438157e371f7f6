package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func Describe[T fmt.Stringer](xs ...T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String())
	}
	return b.String()
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Find[T any](xs []T, pred func(T) bool) (T, error) {
	for _, x := range xs {
		if pred(x) {
			return x, nil
		}
	}
	var zero T
	return zero, errors.New("not found")
}

func Ptr[T any](v T) *T { return &v }

func Equal[T comparable](a, b T) bool { return a == b }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func Apply[T any, R any](x T, fs ...func(T) R) []R {
	var out []R
	for _, f := range fs {
		out = append(out, f(x))
	}
	return out
}

func ToAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func main() {
	fmt.Println(Largest([]Rect{{1, 2}, {3, 4}, {2, 2}}))
	fmt.Println(Describe(ID(1), ID(22)))
	c := Count(strings.Split("a,b,a,c,a", ","))
	keys := make([]string, 0)
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, c["a"])
	v, err := Find([]int{1, 5, 8}, func(i int) bool { return i > 4 })
	fmt.Println(v, err)
	_, err = Find([]string{"x"}, func(s string) bool { return s == "y" })
	fmt.Println(err)
	p := Ptr(42)
	*p++
	fmt.Println(*p, Equal("a", "a"), Equal(1.5, 2))
	cache := NewCache[string, []int]()
	cache.Put("x", []int{1})
	cache.Put("x", []int{2})
	got, ok := cache.Get("x")
	fmt.Println(got, ok, cache.order)
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i) }, func(i int) string { return "n" }))
	fmt.Println(ToAny([]int{1, 2})...)
	fmt.Println(slices.Index([]string{"a", "b"}, "b"), slices.Contains([]int{1}, 2), slices.Max([]int{3, 9, 1}))
}
