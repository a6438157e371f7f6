package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const Pi = 3.14159
const Greeting = "hello"
const Huge = 1 << 100

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(Pi*2, Greeting+", world", Huge>>98)
	const local = 10
	var f float64 = local / 4
	var i int = local / 4
	fmt.Println(f, i, local/4.0)
	var zi int
	var zs string
	var zb bool
	var zf float64
	fmt.Printf("%d %q %t %v\n", zi, zs, zb, zf)
}
