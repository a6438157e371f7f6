// exit: 1
// stderr: prog.go:6:2: comment not terminated
package main

func main() {
	/* never closed
	println(1)
}
