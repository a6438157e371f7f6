// exit: 2
// stderr: panic: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
// Slice to array conversion runs (this line keeps the line numbers).
package main

func main() {
	s := []int{1, 2, 3}
	a := [4]int(s)
	println(a[0])
}
