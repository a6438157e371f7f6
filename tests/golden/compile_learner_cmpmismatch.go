// A learner's compile error: comparing mismatched or incomparable types.
package main

import "fmt"

type A struct{ s []int }

func main() {
	var i int = 1
	var j int64 = 1
	fmt.Println(i == j)
	a, b := A{}, A{}
	fmt.Println(a == b)
	m := map[[]int]bool{}
	fmt.Println(m)
}
