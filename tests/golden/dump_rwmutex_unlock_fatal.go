package main

import "sync"

func main() {
	var rw sync.RWMutex
	defer rw.Unlock()
}
