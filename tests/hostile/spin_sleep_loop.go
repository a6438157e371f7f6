// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
package main

import "time"

func main() {
	for {
		time.Sleep(time.Millisecond)
	}
}
