package main

import "fmt"

func a(x int) (result int) {
	f := func() { fmt.Println("a", result) }
	defer f()
	return x + x
}

func b(x int) (result int) {
	defer func() { fmt.Println("b", result) }()
	result = x + x
	return
}

func c(x int) (result int) {
	defer func() { fmt.Println("c", result) }()
	return 8
}

func d(x int) (result int) {
	defer func() { fmt.Println("d", result) }()
	y := x + x
	return y
}

func main() {
	a(4)
	b(4)
	c(4)
	d(4)
}
