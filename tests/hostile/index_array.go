// Arrays run (this line keeps the program's line numbers).
// exit: 2
// stderr: panic: runtime error: index out of range [4] with length 4
package main

func main() {
	var a [4]int
	for i := 0; i <= len(a); i++ {
		a[i] = i
	}
}
