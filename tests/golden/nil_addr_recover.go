package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Recovered nil dereferences: the error's text has no address; it is a runtime.Error.
type Inner struct{ a, b int }

type T struct {
	s     string
	n     int
	p     *T
	in    Inner
	arr   [3]int32
	items []int
}

func (t *T) N() int  { return t.n }
func (t T) Val() int { return t.n }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Printf("%s: %v\n", name, re)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var t *T
	var arr *[4]string
	try("read", func() { fmt.Println(t.n) })
	try("write", func() { t.n = 1 })
	try("write string", func() { t.s = "x" })
	try("write pointer", func() { t.p = &T{} })
	try("nested", func() { fmt.Println(t.in.b) })
	try("nested write", func() { t.in.b = 2 })
	try("array field", func() { t.arr[1] = 3 })
	try("slice field", func() { t.items = append(t.items, 1) })
	try("method", func() { fmt.Println(t.N()) })
	try("value method", func() { fmt.Println(t.Val()) })
	try("method value", func() { f := t.Val; fmt.Println(f()) })
	try("array pointer", func() { fmt.Println(arr[3]) })
	try("chain", func() { u := &T{}; fmt.Println(u.p.p.n) })
	try("op assign", func() { t.n += 2 })
	try("copy", func() { v := *t; fmt.Println(v.n) })
	fmt.Println("done")
}
