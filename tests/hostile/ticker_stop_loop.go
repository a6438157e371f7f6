// gap: time.NewTicker
// stdout-prefix: stopped 50000
package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	for i := 0; i < 50000; i++ {
		t := time.NewTicker(time.Hour)
		t.Stop()
		n++
	}
	fmt.Println("stopped", n)
}
