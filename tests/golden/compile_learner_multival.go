// A learner's compile error: multi-value calls in single-value context.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Atoi("1") + 1)
	n := len(strconv.Itoa(1), "x")
	fmt.Println(n)
}
