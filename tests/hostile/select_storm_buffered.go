// stdout-prefix: received 20000
package main

import "fmt"

func main() {
	a, b, c := make(chan int, 3), make(chan int, 5), make(chan int)
	quit := make(chan bool)
	for g := 0; g < 200; g++ {
		go func() {
			for i := 0; i < 100; i++ {
				select {
				case a <- i:
				case b <- i:
				case c <- i:
				}
			}
		}()
	}
	n := 0
	go func() {
		for n < 20000 {
			select {
			case <-a:
			case <-b:
			case <-c:
			}
			n++
		}
		quit <- true
	}()
	<-quit
	fmt.Println("received", n)
}
