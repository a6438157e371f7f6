package main

import "fmt"

func main() {
	x := 7
	panic(fmt.Sprintf("bad value %d (%q)", x, "seven"))
}
