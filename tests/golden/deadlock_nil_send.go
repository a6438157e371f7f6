package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("sending on nil")
	ch <- 1
}
