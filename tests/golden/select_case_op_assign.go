package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 2
	x := 1
	select {
	case x += <-c:
	}
	fmt.Println(x)
}
