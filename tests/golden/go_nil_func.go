package main

import "fmt"

func main() {
	var f func()
	fmt.Println("start")
	go f()
	fmt.Println("unreachable")
}
