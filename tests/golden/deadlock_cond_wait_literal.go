package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(&sync.Mutex{})
	ready := false
	c.L.Lock()
	for !ready {
		fmt.Println("waiting for ready")
		c.Wait()
	}
	c.L.Unlock()
}
