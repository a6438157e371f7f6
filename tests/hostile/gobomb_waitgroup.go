// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	for {
		go wg.Wait()
	}
}
