// exit: 1
// stderr: prog.go:6:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
package main

func main() {
	var u uint = -1
	println(u)
}
