// exit: 2
// stderr: panic: runtime error: integer divide by zero
package main

func main() {
	var x, y int8 = 10, 0
	println(x / y)
}
