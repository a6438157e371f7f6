// exit: 2
// stderr: fatal error: sync: unlock of unlocked mutex
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Unlock()
}
