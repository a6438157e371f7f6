package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		c <- 1
	}()
	go func() {
		<-c
		a <- 1
	}()
	fmt.Println("three goroutines wait on each other")
	<-c
}
