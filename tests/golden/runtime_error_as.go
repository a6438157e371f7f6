package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safely(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "ok")
			return
		}
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			var target runtime.Error
			fmt.Println("  errors.As:", errors.As(re, &target))
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Println(name, "value:", r)
	}()
	f()
}

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	var s []int
	var m map[string]int
	zero := 0
	var p *[3]int
	var i any = 3.5
	safely("index", func() { _ = s[5] })
	j := 1
	safely("slice", func() { _ = s[2:j] })
	safely("nilmap", func() { m["x"]++ })
	safely("divide", func() { fmt.Println(10 / zero) })
	safely("nilptr", func() { p[0] = 1 })
	safely("assert", func() { _ = i.(string) })
	safely("custom", func() { panic(myErr{}) })
	safely("errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	safely("string", func() { panic("just a string") })
	safely("int", func() { panic(42) })
	safely("none", func() {})
	var e error = myErr{}
	_, isRT := e.(runtime.Error)
	fmt.Println(isRT)
}
