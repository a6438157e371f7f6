// exit: 1
// stderr: prog.go:6:7: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
package main

func main() {
	x := 1.5 << 2
	println(x)
}
