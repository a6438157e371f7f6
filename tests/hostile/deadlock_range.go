// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stdout-prefix: 0
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
