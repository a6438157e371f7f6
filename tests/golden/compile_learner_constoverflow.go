// A learner's compile error: constants that overflow their types.
package main

import "fmt"

func main() {
	var b byte = 300
	var i int8 = -129
	x := 1 << 70
	fmt.Println(b, i, x)
}
