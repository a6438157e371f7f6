package main

import "fmt"

func f() int { return 1 }

func main() {
	c := make(chan int, 1)
	var x int
	select {
	case v := <-c, true:
		fmt.Println(v)
	case x = f():
	case (f()):
	case x++:
	case <-c + 1:
	}
	fmt.Println(x)
}
