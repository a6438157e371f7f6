package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Each runtime panic, recovered: its dynamic type, its text, and whether it is a
// runtime.Error.
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-12s %T %v (runtime.Error: %t)\n", name, r, r, isRuntime)
		if e, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println("             Error():", e.Error(), errors.As(e, &re))
		}
	}()
	f()
}

type Shape interface{ Area() float64 }

func main() {
	var s []int
	arr := []int{1, 2, 3}
	var m map[string]int
	var p *struct{ x int }
	var ch chan int
	zero, neg := 0, -1
	var x interface{} = "str"
	var nilI interface{}
	try("index", func() { _ = s[5] })
	try("index2", func() { _ = arr[neg+5] })
	try("slice", func() { _ = arr[1:5] })
	try("slice3", func() { _ = arr[zero+2 : 1] })
	try("string", func() { _ = "abc"[zero+4] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { _ = p.x })
	try("divide", func() { _ = 1 / zero })
	try("shift", func() { _ = 1 << neg })
	try("close nil", func() { close(ch) })
	c := make(chan int, 1)
	close(c)
	try("close twice", func() { close(c) })
	try("send closed", func() { c <- 1 })
	try("assert", func() { _ = x.(int) })
	try("assert ifc", func() { _ = x.(Shape) })
	try("assert nil", func() { _ = nilI.(string) })
	try("makeslice", func() { _ = make([]int, neg) })
	try("errorf", func() { panic(fmt.Errorf("boom %d", 1)) })
	try("string", func() { panic("plain") })
}
