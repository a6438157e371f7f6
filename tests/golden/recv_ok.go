package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%d: %q %t\n", i, v, ok)
	}
	bc := make(chan bool)
	go func() { close(bc) }()
	b, ok := <-bc
	fmt.Println(b, ok)
	fc := make(chan float64)
	close(fc)
	f := <-fc
	fmt.Println(f)
}
