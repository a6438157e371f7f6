// exit: 2
// stderr: panic: runtime error: index out of range [-1]
package main

func main() {
	s := []int{1, 2, 3}
	i := -1
	s[i] = 0
}
