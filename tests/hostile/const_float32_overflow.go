// exit: 1
// stderr: prog.go:6:18: cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
package main

func main() {
	var f float32 = 1e100
	println(f)
}
