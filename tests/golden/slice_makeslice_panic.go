package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n, n+1)
	fmt.Println(len(s), cap(s))
	n = -1
	s = make([]int, n)
	fmt.Println(s)
}
