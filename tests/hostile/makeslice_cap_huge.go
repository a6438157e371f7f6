// exit: 2
// stderr: panic: runtime error: makeslice: cap out of range
package main

func main() {
	n := 1 << 62
	s := make([]byte, 0, n)
	println(cap(s))
}
