// Arrays run (this line keeps the program's line numbers).
// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
package main

func main() {
	var p *[3]int
	i := 1
	println(p[i])
}
