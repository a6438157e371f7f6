// A learner's compile error: count mismatches; a var declaration's call is single-valued.
package main

import (
	"fmt"
	"strconv"
)

func pair() (int, int) { return 1, 2 }

func main() {
	x := strconv.Atoi("5")
	a, b, c := pair()
	var d int = pair()
	fmt.Println(x, a, b, c, d)
}
