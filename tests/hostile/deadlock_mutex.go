// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
