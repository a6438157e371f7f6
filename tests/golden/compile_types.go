package main

import "fmt"

func main() {
	var s string = 5
	ch := make(chan int)
	ch <- "text"
	fmt.Println(s)
}
