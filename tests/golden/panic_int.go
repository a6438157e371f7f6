package main

import "fmt"

func f(n int) int {
	if n == 3 {
		panic(n * 14)
	}
	return f(n + 1)
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
