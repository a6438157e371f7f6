// exit: 2
// stderr: panic: from goroutine
// stderr-has: goroutine * [running]:
package main

import "time"

func main() {
	go func() {
		panic("from goroutine")
	}()
	time.Sleep(time.Second)
	println("not reached")
}
