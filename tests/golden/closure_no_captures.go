// A function literal that captures nothing, and a declared function used as a value, make
// func values without allocating (Go's are static); a closure over a variable still has its
// own captured state.
package main

import (
	"fmt"
	"runtime"
)

func double() func(int) int { return func(x int) int { return x * 2 } }

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func square(x int) int { return x * x }

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	f, g := double(), double()
	sq := square
	runtime.ReadMemStats(&ms)
	fmt.Println("allocations:", ms.Mallocs-before)
	fmt.Println(f(3), g(4), sq(5))
	a, b := adder(1), adder(10)
	fmt.Println(a(1), b(1))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
