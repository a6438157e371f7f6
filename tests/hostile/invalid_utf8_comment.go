// exit: 1
// stderr: prog.go:6:8: invalid UTF-8 encoding
package main

func main() {
	// café
	println(1)
}
