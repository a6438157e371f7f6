// exit: 2
// stderr: panic: runtime error: integer divide by zero
package main

func main() {
	x, y := 10, 0
	println(x % y)
}
