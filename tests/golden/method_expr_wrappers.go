// Method expressions that Go compiles to wrappers: I.M of an interface (dynamic dispatch
// on the first argument), (*T).M of a value method, and methods promoted through embedded
// structs, pointers and interfaces, called directly and used as function values.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() int
	Name(prefix string) string
}

type Rect struct{ w, h int }

func (r Rect) Area() int                  { return r.w * r.h }
func (r Rect) Name(prefix string) string { return prefix + "rect" }
func (r *Rect) Grow(n int)                { r.w += n; r.h += n }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type Labeled struct {
	Rect
	label string
}

type Boxed struct {
	*Rect
	tags []string
}

type Holder struct {
	n int
	Shape
}

type Temp struct{ Celsius }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

type Adder struct{ base int }

func (a Adder) Add(xs ...int) int { return a.base + sum(xs...) }

type Wrapped struct{ Adder }

func apply(f func(Shape) int, shapes ...Shape) (out []int) {
	for _, s := range shapes {
		out = append(out, f(s))
	}
	return
}

func main() {
	r := Rect{2, 3}
	// I.M: the receiver is the first argument.
	area := Shape.Area
	fmt.Println(area(r), Shape.Area(&Rect{4, 5}), Shape.Name(r, "a "))
	fmt.Println(apply(Shape.Area, r, Rect{1, 1}, &Rect{3, 3}))
	fmt.Printf("%T\n", Shape.Name)

	// (*T).M of a value method dereferences the pointer (and copies the value).
	p := &r
	ar := (*Rect).Area
	fmt.Println(ar(p), (*Rect).Name(p, "p "))
	p.Grow(1)
	fmt.Println(ar(p))
	c := Celsius(21.5)
	str := (*Celsius).String
	fmt.Println(str(&c))
	(*Celsius).Warm(&c, 1)
	fmt.Println((*Celsius).String(&c), Celsius.String(c))
	fmt.Printf("%T %T\n", ar, str)

	// Promoted methods, through an embedded value, pointer and interface.
	l := Labeled{Rect{5, 6}, "five"}
	fmt.Println(Labeled.Area(l), (*Labeled).Area(&l), Labeled.Name(l, "l "))
	(*Labeled).Grow(&l, 2)
	fmt.Println(l.w, l.h, Labeled.Area(l))
	b := Boxed{&Rect{1, 2}, nil}
	Boxed.Grow(b, 10)
	fmt.Println(b.Rect.w, Boxed.Area(b), (*Boxed).Area(&b), Boxed.Name(b, "b "))
	h := Holder{1, Rect{7, 8}}
	fmt.Println(Holder.Area(h), (*Holder).Name(&h, "h "))
	h.Shape = &Rect{2, 2}
	harea := Holder.Area
	fmt.Println(harea(h))
	t := Temp{30}
	fmt.Println(Temp.String(t), (*Temp).String(&t))
	(*Temp).Warm(&t, 2.5)
	fmt.Println(t)

	// Variadic methods through wrappers.
	w := Wrapped{Adder{100}}
	add := Wrapped.Add
	fmt.Println(add(w), add(w, 1, 2, 3), (*Wrapped).Add(&w, []int{4, 5}...))

	// Method expressions stored in a table.
	ops := map[string]func(Shape, string) string{"name": Shape.Name}
	fmt.Println(strings.ToUpper(ops["name"](Rect{}, "x ")))

	// A nil receiver: Go's wrapper panics before calling a value method; a nil interface
	// is a nil dereference.
	var np *Rect
	var nc *Celsius
	var ni Shape
	try(func() { fmt.Println((*Rect).Area(np)) })
	try(func() { fmt.Println((*Celsius).String(nc)) })
	try(func() { fmt.Println(Shape.Area(ni)) })
	try(func() { fmt.Println((*Labeled).Area(nil)) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
