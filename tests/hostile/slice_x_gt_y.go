// exit: 2
// stderr: panic: runtime error: slice bounds out of range [3:2]
package main

func main() {
	s := []int{1, 2, 3, 4}
	x, y := 3, 2
	println(len(s[x:y]))
}
