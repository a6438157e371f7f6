// A learner's compile error: := with no new variable on the left.
package main

import "fmt"

func main() {
	a := 1
	a := 2
	b, c := 3, 4
	b, c := 5, 6
	fmt.Println(a, b, c)
}
