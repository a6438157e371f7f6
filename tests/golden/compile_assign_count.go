package main

import "fmt"

func one() int { return 1 }

func main() {
	a, b := one()
	fmt.Println(a, b)
}
