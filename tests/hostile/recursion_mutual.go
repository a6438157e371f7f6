// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func even(n int) bool { return odd(n + 1) }

func odd(n int) bool { return even(n + 1) }

func main() {
	println(even(0))
}
