// gap: time.NewTicker
// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

import "time"

func main() {
	t := time.NewTicker(time.Millisecond)
	n := 0
	for range t.C {
		n++
	}
}
