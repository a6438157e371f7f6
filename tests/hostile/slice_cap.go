// exit: 2
// stderr: panic: runtime error: slice bounds out of range [:5] with capacity 3
package main

func main() {
	s := make([]int, 2, 3)
	x := 5
	println(len(s[:x]))
}
