package main

import "fmt"

func show(v any) {
	fmt.Println("value:", v)
}

func main() {
	show(1)
	show("s")
	show(2.5)
	var x interface{} = 42
	fmt.Println(x)
	x = "now a string"
	fmt.Println(x)
	var e any
	fmt.Println(e)
	ch := make(chan any, 2)
	ch <- 1
	ch <- "two"
	fmt.Println(<-ch, <-ch)
	fmt.Printf("%v %T\n", x, x)
}
