// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func main() {
	var f func(int) int
	f = func(n int) int {
		return f(n+1) * 2
	}
	println(f(0))
}
