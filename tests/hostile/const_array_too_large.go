// Arrays run (this line keeps the program's line numbers).
// exit: 1
// stderr: prog.go:6:5: type [4611686018427387904]int64 larger than address space
package main

var a [1 << 62]int64

func main() {
	println(len(a))
}
