// A learner's compile error: type assertion on a non-interface, wrong-typed initialisers.
package main

import "fmt"

func main() {
	x := 5
	s := x.(string)
	fmt.Println(s)
	var f float64 = "x"
	fmt.Println(len(5), f)
}
