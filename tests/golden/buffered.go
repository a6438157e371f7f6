package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	for i := 1; i <= 4; i++ {
		ch <- i * i
		fmt.Println("after send", i, "len", len(ch))
	}
	for len(ch) > 0 {
		v := <-ch
		fmt.Println("got", v, "len", len(ch), "cap", cap(ch))
	}
	var unbuf = make(chan int)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))
	var nilch chan bool
	fmt.Println("nil:", len(nilch), cap(nilch))
}
