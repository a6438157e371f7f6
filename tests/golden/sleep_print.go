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
		time.Sleep(60 * time.Millisecond)
		fmt.Println("slept 60ms")
		wg.Done()
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("slept 20ms")
		wg.Done()
	}()
	go func() {
		time.Sleep(40 * time.Millisecond)
		fmt.Println("slept 40ms")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("all awake")
}
