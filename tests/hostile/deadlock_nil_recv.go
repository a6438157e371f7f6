// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

func main() {
	var ch chan string
	println(<-ch)
}
