package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var u uint8 = 250
	u += 10
	fmt.Println(u)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	x := 1
	fmt.Println(x<<10, 1024>>3, -8>>1, x&3, x|6, x^7, 12&^4, ^x)
	n := 3
	fmt.Println(1<<n, 5&^n)
	var u16 uint16 = 0
	u16--
	fmt.Println(u16)
	f := 3.7
	fmt.Println(int(f), int(-f), float64(7)/2, int64(x)+5)
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
	var big int64 = 1 << 40
	fmt.Println(big, int32(big), uint8(300+x))
	fmt.Println(-5/2, -5%2, 5/-2)
}
