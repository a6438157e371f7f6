package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	panic("setup failed")
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(setup)
	}()
	once.Do(func() { fmt.Println("not run: Do counts a panicking f as done") })
	fmt.Println("second Do returned")
	var o2 sync.Once
	o2.Do(setup)
}
