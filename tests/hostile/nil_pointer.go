// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
package main

func main() {
	var p *int
	println(*p)
}
