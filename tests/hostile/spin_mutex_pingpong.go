// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
package main

import "sync"

func main() {
	var mu sync.Mutex
	x := 0
	for i := 0; i < 4; i++ {
		go func() {
			for {
				mu.Lock()
				x++
				mu.Unlock()
			}
		}()
	}
	for {
		mu.Lock()
		x--
		mu.Unlock()
	}
}
