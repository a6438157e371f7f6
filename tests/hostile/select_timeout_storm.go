// stdout-prefix: timeouts 200
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	n := 0
	for i := 0; i < 200; i++ {
		select {
		case <-never:
		case <-time.After(time.Microsecond):
			n++
		}
	}
	fmt.Println("timeouts", n)
}
