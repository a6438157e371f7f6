// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "time"

func main() {
	var chans []<-chan time.Time
	for {
		chans = append(chans, time.Tick(time.Hour))
	}
}
