package main

import (
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Cat struct{ name string }

func (c *Cat) Sound() string { return "meow" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  is error: %s\n", strings.SplitN(e.Error(), ":", 2)[0])
			}
		}
	}()
	f()
}

func main() {
	var a Animal = Dog{}
	try("assert", func() { _ = a.(*Cat) })
	try("assert2", func() { var x interface{} = "s"; _ = x.(int) })
	try("assert3", func() { var x interface{}; _ = x.(fmt.Stringer) })
	try("assert4", func() { var x interface{} = Dog{}; _ = x.(fmt.Stringer) })
	try("index", func() { s := []int{1}; i := 3; _ = s[i] })
	try("slice", func() { s := []int{1, 2}; i, j := 2, 1; _ = s[i:j] })
	try("slice2", func() { s := "abc"; j := 5; _ = s[:j] })
	try("div", func() { x, y := 1, 0; _ = x / y })
	try("mod", func() { x, y := 1, 0; _ = x % y })
	try("nilmap", func() { var m map[int]int; m[1] = 1 })
	try("nilptr", func() { var c *Cat; _ = c.name })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	try("value", func() { panic(42) })
	try("arr", func() { var arr [3]int; k := -1; arr[k+0] = 1 })
	try("conv", func() { s := make([]int, 2); _ = [4]int(s) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("makeneg", func() { n := -1; _ = make([]int, n) })
	var c *Cat
	fmt.Println(c.Sound())
}
