// exit: 1
// stderr: prog.go:6:12: invalid UTF-8 encoding
package main

func main() {
	println("aÿb")
}
