// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

import "time"

func main() {
	for {
		go time.Sleep(time.Hour)
	}
}
