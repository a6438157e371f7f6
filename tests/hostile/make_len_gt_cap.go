// exit: 2
// stderr: panic: runtime error: makeslice: cap out of range
package main

func main() {
	l, c := 5, 2
	s := make([]int, l, c)
	println(len(s))
}
