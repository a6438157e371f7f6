// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

func down(n int) int {
	return down(n-1) - 1
}

func main() {
	done := make(chan int)
	go func() {
		done <- down(0)
	}()
	println(<-done)
}
