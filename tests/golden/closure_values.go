package main

import "fmt"

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func apply(f func(int, int) int, a, b int) int {
	return f(a, b)
}

func main() {
	c1 := counter(0)
	c2 := counter(100)
	fmt.Println(c1(), c1(), c2(), c1(), c2())
	fmt.Println(apply(func(a, b int) int { return a*b + 1 }, 6, 7))

	fs := make(chan func() int, 5)
	for i := range 5 {
		fs <- func() int { return i * i }
	}
	close(fs)
	for f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
