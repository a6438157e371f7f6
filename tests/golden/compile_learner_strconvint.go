// A learner's compile error: string(int), untyped constants that do not fit.
package main

import "fmt"

func main() {
	n := 65
	s := string(n)
	var i int = "5"
	var u uint = -1
	fmt.Println(s, i, u)
}
