// exit: 1
// stderr: prog.go:8:1: invalid BOM in the middle of the file
package main

func main() {
	println(1)
}
﻿
