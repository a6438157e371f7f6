// exit: 2
// stderr: panic: runtime error: integer divide by zero
package main

func main() {
	var x, y uint64 = 10, 0
	x %= y
	println(x)
}
