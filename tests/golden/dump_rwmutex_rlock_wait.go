package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
		fmt.Println("never")
	}()
	time.Sleep(10 * time.Millisecond)
	rw.RLock() // a waiting writer blocks new readers: deadlock
	fmt.Println("never either")
}
