package main

import (
	"fmt"
	"runtime"
)

type G struct{}

func (G) Format(f fmt.State, verb rune) {
	fmt.Fprint(f, "kept-", verb)
	f = nil
	var junk [][]byte
	for i := 0; i < 2000; i++ {
		junk = append(junk, make([]byte, 1000))
	}
	runtime.GC()
	_ = junk
}

type R struct{}

func (R) Format(f fmt.State, verb rune) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprint(f, "recovered:", r)
		}
	}()
	fmt.Fprint(f, "x")
	panic("oops")
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(G{}, i)
	}
	fmt.Println(R{})
	fmt.Printf("%d|%v\n", R{}, R{})
}
