// exit: 2
// stderr: panic: runtime error: index out of range [3] with length 3
// stderr-has: goroutine * [running]:
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	s := []int{1, 2, 3}
	wg.Add(1)
	go func() {
		for i := 0; i < 4; i++ {
			s[i]++
		}
		wg.Done()
	}()
	wg.Wait()
}
