// exit: 2
// stderr: panic: runtime error: negative shift amount
package main

func main() {
	x, n := 1, -1
	println(x << n)
}
