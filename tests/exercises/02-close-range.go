package main

import "fmt"

func produce(ch chan<- int) {
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go produce(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
}
