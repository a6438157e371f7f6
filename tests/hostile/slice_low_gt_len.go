// exit: 2
// stderr: panic: runtime error: slice bounds out of range [5:3]
package main

func main() {
	s := []int{1, 2, 3}
	x := 5
	println(len(s[x:]))
}
