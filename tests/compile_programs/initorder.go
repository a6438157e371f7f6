package main

import "fmt"

var a = f()
var b = 10
var c = g(a)

func f() int { return b * 2 }

func g(x int) int { return x + d }

var d = 5

func main() {
	fmt.Println(a, b, c, d)
}
