package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		time.Sleep(150 * time.Millisecond)
		fmt.Println("slept 150ms")
		wg.Done()
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("slept 50ms")
		wg.Done()
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("slept 100ms")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("all awake")
}
