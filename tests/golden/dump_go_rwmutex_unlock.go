package main

import (
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	go rw.Unlock()
	time.Sleep(time.Second)
}
