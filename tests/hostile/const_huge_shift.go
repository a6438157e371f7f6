// exit: 1
// stderr: prog.go:5:16: invalid operation: invalid shift count 100000 (untyped int constant)
package main

const c = 1 << 100000

func main() {
	println(c > 0)
}
