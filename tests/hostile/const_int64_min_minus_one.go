// exit: 1
// stderr: prog.go:6:16: cannot use -9223372036854775809 (untyped int constant) as int64 value in variable declaration (overflows)
package main

func main() {
	var x int64 = -9223372036854775809
	println(x)
}
