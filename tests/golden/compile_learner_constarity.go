// A learner's compile error: const and var declarations with missing or extra init expressions.
package main

import "fmt"

const a, b = 1
const c = 1, 2

var u, v, w = 1, 2
var z = 1, 2

func main() {
	const d, e = 1
	const f = 1, 2
	var g, h, i = 1, 2
	var j = 3, 4
	fmt.Println(a, b, c, d, e, f, g, h, i, j, u, v, w, z)
}
