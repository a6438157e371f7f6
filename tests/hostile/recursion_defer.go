// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func f(n int) {
	defer f(n + 1)
}

func main() {
	f(0)
}
