package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("nil channel:", ch == nil)
	<-ch
}
