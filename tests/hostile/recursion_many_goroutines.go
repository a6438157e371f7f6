// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func f(n int) int { return f(n+1) + n }

func main() {
	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { done <- f(i) }()
	}
	println(<-done)
}
