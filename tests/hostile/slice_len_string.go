// exit: 2
// stderr: panic: runtime error: slice bounds out of range [:5] with length 3
package main

func main() {
	s := "abc"
	x := 5
	println(s[:x])
}
