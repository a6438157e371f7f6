package main

import "fmt"

type T struct{ x int }

// A nil dereference recovered by a deferred call that then panics again: Go still prints
// the signal line after the chain, since the recovery never completed.
func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	func() {
		defer func() { fmt.Println("inner", recover()) }()
		var p *T
		fmt.Println(p.x)
	}()
	var p *T
	fmt.Println(p.x)
}
