// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func f(a, b, c, d, e, f1, g, h int) int {
	x1, x2, x3, x4 := a+1, b+2, c+3, d+4
	x5, x6, x7, x8 := e+5, f1+6, g+7, h+8
	y := x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8
	return f(y, x1, x2, x3, x4, x5, x6, x7) + y
}

func main() {
	println(f(1, 2, 3, 4, 5, 6, 7, 8))
}
