// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	<-b
	a <- 1
}
