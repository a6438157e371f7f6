// gap: time.NewTimer
// stdout-prefix: fired
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	for i := 0; i < 100000; i++ {
		t.Reset(time.Duration(i%1000+1) * time.Hour)
	}
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("fired")
}
