// exit: 1
// stderr: prog.go:7:10: invalid operation: division by zero
package main

func main() {
	x := 1
	x = x / 0
	println(x)
}
