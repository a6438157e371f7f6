package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("a", l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	show("b", l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, e1)
	show("c", l)
	fmt.Println("removed", l.Remove(e4))
	fmt.Println("again", l.Remove(e4), e4.Next() == nil)
	show("d", l)

	var z list.List // the zero value is an empty list ready to use
	fmt.Println(z.Front() == nil, z.Len())
	z.PushBack("x")
	z.PushBack(struct{ a, b int }{1, 2})
	z.PushBackList(l)
	z.PushFrontList(&z)
	show("z", &z)
	other := list.New()
	other.PushBack(9)
	fmt.Println(other.InsertAfter(1, z.Front()) == nil)
	l.Init()
	show("init", l)

	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i * i
		r = r.Next()
	}
	for p, i := r, 0; i < n; p, i = p.Next(), i+1 {
		fmt.Print(p.Value, " ")
	}
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len(), removed.Value, r.Next().Value)
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	for p, i := r, 0; i < r.Len(); p, i = p.Next(), i+1 {
		fmt.Print(p.Value, " ")
	}
	fmt.Println(r.Len())
	var one ring.Ring
	fmt.Println(one.Len(), one.Next() == &one, ring.New(0) == nil)
}
