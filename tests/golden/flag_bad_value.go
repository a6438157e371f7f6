// A value that does not parse, and the usage of a program that set its own.
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 10, "number of items")
	flag.Parse()
	fmt.Println("not reached", *n)
}
