// A learner's compile error: nil where a non-pointer type is needed.
package main

import "fmt"

func main() {
	var x int = nil
	s := "a"
	if s == nil {
		fmt.Println(x)
	}
}
