// exit: 1
// stderr: prog.go:8:14: cannot use big * 4 (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)
package main

const big = 1 << 62

func main() {
	var x int = big * 4
	println(x)
}
