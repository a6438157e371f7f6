// exit: 2
// stderr: panic: runtime error: makeslice: cap out of range
package main

func main() {
	n := -1
	s := make([]int, 0, n)
	println(len(s))
}
