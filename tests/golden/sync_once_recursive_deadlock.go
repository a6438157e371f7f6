package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func initialize() {
	fmt.Println("initializing")
	once.Do(initialize) // Do inside f: deadlock
}

func main() {
	once.Do(initialize)
}
