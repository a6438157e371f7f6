package main

import "sync"

var mu sync.Mutex

func work() {
	defer mu.Unlock()
}

func main() {
	work()
}
