package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			if i != 1 {
				wg.Done()
			}
		}()
	}
	wg.Wait()
	fmt.Println("unreachable")
}
