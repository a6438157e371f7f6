package main

import (
	"fmt"
	"strings"
	"sync"
)

// A nil receiver in a library method panics with the text recover returns without the
// signal line a crash adds.
func main() {
	var b *strings.Builder
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.WriteString("x")
	}()
	var mu *sync.Mutex
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered:", ok, err)
		}()
		mu.TryLock()
	}()
}
