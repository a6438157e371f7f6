// A learner's compile error: struct literals with too few, too many or unknown fields.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1}
	q := P{X: 1, Z: 2}
	r := P{1, 2, 3}
	fmt.Println(p, q, r)
}
