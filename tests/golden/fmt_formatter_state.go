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

type D struct{ n int }

func (d D) Format(f fmt.State, verb rune) {
	defer func() {
		fmt.Fprint(f, "(deferred)")
	}()
	fmt.Fprint(f, "start")
	if d.n > 0 {
		panic(fmt.Sprintf("bad %d", d.n))
	}
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
	fmt.Println(D{0})
	fmt.Println(R{})
	// fmt.Println(D{1})
	fmt.Printf("%d|%v\n", D{0}, R{})
}
