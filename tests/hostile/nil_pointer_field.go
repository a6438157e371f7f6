// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
package main

type T struct{ x, y int }

func main() {
	var p *T
	p.y = 3
	println(p.x)
}
