package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker starting")
		panic("worker failed")
	}()
	<-done
}
