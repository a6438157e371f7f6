// stdout-prefix: fired 10000
package main

import (
	"fmt"
	"time"
)

func main() {
	var chans []<-chan time.Time
	for i := 0; i < 10000; i++ {
		chans = append(chans, time.After(time.Millisecond))
	}
	n := 0
	for _, c := range chans {
		<-c
		n++
	}
	fmt.Println("fired", n)
}
