package main

import "fmt"

func main() {
	var never chan int
	unbuffered := make(chan string)
	fmt.Println("before")
	select {
	case v := <-never:
		fmt.Println("got", v)
	case unbuffered <- "x":
		fmt.Println("sent")
	case s, ok := <-unbuffered:
		fmt.Println(s, ok)
	}
}
