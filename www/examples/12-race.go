package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				v := counter // read ...
				if i%100 == 0 {
					runtime.Gosched() // ... let another goroutine run in between ...
				}
				counter = v + 1 // ... and write back: updates made meanwhile are lost
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter, "(4000 expected)")
}
