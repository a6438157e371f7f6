package main

import "fmt"

func main() {
	s := make([]int, 3)
	hi := 5
	fmt.Println(len(s[1:2]))
	fmt.Println(s[:hi])
}
