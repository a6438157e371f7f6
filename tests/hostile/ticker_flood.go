// gap: time.Ticker
// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "time"

func main() {
	var ts []*time.Ticker
	for {
		ts = append(ts, time.NewTicker(time.Hour))
	}
}
