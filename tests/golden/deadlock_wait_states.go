package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	cond := sync.NewCond(&sync.Mutex{})
	mu.Lock()
	rw.Lock()
	var nilc chan int
	go func() { mu.Lock() }()
	go func() { rw.RLock() }()
	go func() { nilc <- 1 }()
	go func() { <-nilc }()
	go func() { select {} }()
	go func() {
		cond.L.Lock()
		cond.Wait()
	}()
	go func() {
		a, b := make(chan int), make(chan int)
		select {
		case <-a:
		case b <- 1:
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main waits")
	rw.Lock()
}
