package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	go func() { rw.Lock() }()
	time.Sleep(5 * time.Millisecond)
	go func() { rw.Lock() }()
	time.Sleep(5 * time.Millisecond)
	go func() { rw.RLock() }()
	time.Sleep(5 * time.Millisecond)
	rw.Unlock()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main blocks")
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
