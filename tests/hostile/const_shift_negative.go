// exit: 1
// stderr: prog.go:6:12: invalid operation: negative shift count -1 (untyped int constant)
package main

func main() {
	x := 1 << -1
	println(x)
}
