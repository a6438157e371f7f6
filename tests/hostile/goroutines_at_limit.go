// stdout-prefix: 4000 parked
package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan int)
	for i := 0; i < 4000; i++ {
		go func() { <-block }()
	}
	fmt.Println(runtime.NumGoroutine()-1, "parked")
}
