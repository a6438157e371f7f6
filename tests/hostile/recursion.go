// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
// stderr-has: main.f(...)
package main

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	println(f(0))
}
