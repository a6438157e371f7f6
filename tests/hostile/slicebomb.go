package main

import "fmt"

func main() {
	var s []int
	for {
		s = append(s, make([]int, 1<<20)...)
		fmt.Print("")
	}
}
