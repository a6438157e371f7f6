package main

import "fmt"

func main() {
	ch := make(chan int, 16)
	go func() {
		for i := 0; i < 20000; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Printf("line %05d %x\n", v, v*v)
	}
}
