// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

func main() {
	ch := make(chan int)
	<-ch
}
