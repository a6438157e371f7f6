// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

import "time"

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
	}()
	<-ch
}
