// exit: 2
// stderr: panic: runtime error: makeslice: len out of range
package main

func main() {
	n := 1 << 62
	s := make([]int, n)
	println(len(s))
}
