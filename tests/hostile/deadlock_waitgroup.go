// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
}
