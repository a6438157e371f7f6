// limit: goroutines
// exit: 2
// stderr: fatal error: too many goroutines (limit 5000)
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	for {
		go func() {
			mu.Lock()
		}()
	}
}
