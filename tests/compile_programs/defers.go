package main

import "fmt"

func f() (result int) {
	defer func() {
		result *= 2
	}()
	return 21
}

func g() {
	for i := 0; i < 1; i++ {
	}
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	if x > 0 {
		defer fmt.Println("conditional defer")
	}
	fmt.Println("body done", x)
}

func h(n int) int {
	defer fmt.Println("h returns")
	if n > 0 {
		return n * 2
	}
	return -1
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println(h(4))
}
