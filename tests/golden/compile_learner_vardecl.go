// A learner's compile error: var declarations with missing or extra init expressions.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, int) { return 1, 2 }

var g = pair()
var h, k = strconv.Atoi("1"), 2

func main() {
	var d = pair()
	var a, b, c = 1, 2
	var e, f = pair(), 1
	var n int = strconv.Itoa(5)
	x, y := 1
	p, q := pair(), 2
	fmt.Println(d, a, b, c, e, f, n, x, y, p, q, g, h, k)
	fmt.Println(func(i int) int { return i }, []int{}, map[string]int{"a": 1} + 1)
}
