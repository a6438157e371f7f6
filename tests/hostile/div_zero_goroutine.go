// exit: 2
// stderr: panic: runtime error: integer divide by zero
// stderr-has: goroutine * [running]:
package main

func main() {
	done := make(chan int)
	zero := 0
	go func() {
		done <- 1 / zero
	}()
	println(<-done)
}
