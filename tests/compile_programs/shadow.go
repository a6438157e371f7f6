package main

import "fmt"

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a, c := 5, 6
	fmt.Println(a, c)
	var m, n = 3, "s"
	fmt.Println(m, n)
	var z float64
	var s string
	var bo bool
	fmt.Println(z, s == "", bo)
}
