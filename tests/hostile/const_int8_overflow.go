// exit: 1
// stderr: prog.go:6:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
package main

func main() {
	var x int8 = 200
	println(x)
}
