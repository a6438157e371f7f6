package main

import "fmt"

func main() {
	fmt.Println("before")
	x := 0
	fmt.Println(10 / x)
}
