// parked.go with the goroutines started from a function literal (`go func() { <-ch }()`):
// each go statement also makes a closure, which the goroutine does not keep (its captured
// values are copied to its stack), so the closures are garbage until the next collection.
// bench: memory
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 100000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			<-ch
		}()
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("parked", n)
}
