// exit: 2
// stderr: panic: runtime error: slice bounds out of range [::10] with capacity 3
package main

func main() {
	s := []int{1, 2, 3}
	k := 10
	println(len(s[1:2:k]))
}
