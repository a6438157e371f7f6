package main

import (
	"fmt"
	"strings"
)

func unused[T any](x T) string { return strings.Repeat("x", 2) + undefinedThing }

func bad[T any](x T) T {
	y := 1
	return x
}

func main() {
	fmt.Println(bad(1))
}
