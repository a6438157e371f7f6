package main

import "fmt"

type T struct{ A, B int }

func main() {
	var p *int
	var t *T
	var m map[string]int
	var f func()
	var c chan int
	fmt.Printf("%d|%x|%5d|%-3d|%o|%X|%b\n", p, p, p, p, p, p, p)
	fmt.Printf("%d %d %d %d %x\n", t, m, f, c, t)
	fmt.Printf("%d %v\n", &T{1, 2}, &T{3, 4})
}
