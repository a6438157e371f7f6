package main

import "fmt"

func inc(p *int) {
	*p++
}

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p != nil)
	q := new(int)
	*q += 10
	fmt.Println(*q)
	var np *int
	fmt.Println(np == nil)
}
