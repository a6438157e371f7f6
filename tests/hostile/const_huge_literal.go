// exit: 1
// stderr: prog.go:6:7: cannot use 123456789012345678901234567890 (untyped int constant) as int value in assignment (overflows)
package main

func main() {
	x := 123456789012345678901234567890
	println(x)
}
