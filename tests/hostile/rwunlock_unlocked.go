// gap: sync.RWMutex
// exit: 2
// stderr: fatal error: sync: Unlock of unlocked RWMutex
package main

import "sync"

func main() {
	var mu sync.RWMutex
	mu.Unlock()
}
