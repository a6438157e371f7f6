// exit: 2
// stderr: panic: runtime error: slice bounds out of range [:3:2]
package main

func main() {
	s := []int{1, 2, 3}
	j, k := 3, 2
	println(len(s[0:j:k]))
}
