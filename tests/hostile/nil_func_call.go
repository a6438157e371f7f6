// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
package main

func main() {
	var f func(int) int
	println(f(1))
}
