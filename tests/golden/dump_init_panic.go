// A panic in package initialisation: Go's runtime calls main.init (the variable
// initialisers) and each init function itself, before main.main.
package main

import "fmt"

var table = build(3)

func build(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = 10 / (2 - i)
	}
	return t
}

func main() {
	fmt.Println(table)
}
