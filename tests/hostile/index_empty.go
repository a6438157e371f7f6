// exit: 2
// stderr: panic: runtime error: index out of range [0] with length 0
package main

func main() {
	var s []string
	println(s[0])
}
