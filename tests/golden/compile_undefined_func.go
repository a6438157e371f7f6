package main

import "fmt"

func main() {
	fmt.Println(missing(3))
	fmt.Printline("x")
}
