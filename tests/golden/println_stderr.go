package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr", 1, true)
	print("no newline ", 2, "\n")
	println(2.5, "x")
	fmt.Println("done")
}
