// A learner's compile error: unused range variables.
package main

import "fmt"

func main() {
	nums := []int{1, 2}
	for i, n := range nums {
		fmt.Println(n)
	}
	for i := range nums {
	}
}
