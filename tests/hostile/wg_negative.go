// exit: 2
// stderr: panic: sync: negative WaitGroup counter
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}
