// gap: sync.RWMutex
// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

import "sync"

func main() {
	var mu sync.RWMutex
	mu.RLock()
	mu.Lock()
}
