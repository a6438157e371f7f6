// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

func main() {
	ch := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { ch <- i }()
	}
	for i := 0; i < 11; i++ {
		<-ch
	}
}
