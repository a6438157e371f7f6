package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a // waits for main to send on a ...
		b <- 1
	}()
	<-b // ... while main waits for the goroutine to send on b
	a <- 1
	fmt.Println("never printed")
}
