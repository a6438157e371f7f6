package main

import "fmt"

func main() {
	never := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-never
			fmt.Println("unreachable")
		}()
	}
	go func() {
		for {
			i := 0
			i++
		}
	}()
	fmt.Println("main returns while 4 goroutines are still alive")
}
