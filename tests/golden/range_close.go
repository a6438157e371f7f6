package main

import "fmt"

func producer(n int, out chan int) {
	for i := 0; i < n; i++ {
		out <- i * 10
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	count := 0
	for v := range ch {
		fmt.Println("received", v)
		count++
	}
	fmt.Println("channel closed after", count, "values")
	v, ok := <-ch
	fmt.Println(v, ok)
}
