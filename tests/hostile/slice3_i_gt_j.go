// exit: 2
// stderr: panic: runtime error: slice bounds out of range [2:1:]
package main

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	println(len(s[i:j:3]))
}
