// exit: 1
// stderr: prog.go:8:7: b + 1 (constant 256 of type uint8) overflows uint8
package main

const b uint8 = 255

func main() {
	x := b + 1
	println(x)
}
