// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

import "time"

func main() {
	for {
		time.Sleep(time.Millisecond)
	}
}
