package main

import (
	"fmt"
	"time"
)

const (
	A = iota
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 62
const huge = big * 4 / 8
const pi = 3.14159
const greeting = "hello, " + "world"

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(big, huge, pi, greeting, len(greeting))
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Second*2, time.Duration(90)*time.Second, time.Minute+30*time.Second)
	fmt.Println(time.Hour, time.Microsecond*3, time.Duration(0))
	var f float64 = 10 / 4
	var g = 10 / 4.0
	fmt.Println(f, g, 7/2, -7/2, 7%3, -7%3, 1e3, 2.5e-3)
	const typed int64 = 5
	fmt.Printf("%T %T %T %T\n", typed, d, pi, 'x')
	fmt.Println(0.1+0.2, 1/3.0)
}
