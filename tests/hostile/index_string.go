// exit: 2
// stderr: panic: runtime error: index out of range [10] with length 3
package main

func main() {
	s := "abc"
	i := 10
	println(s[i])
}
