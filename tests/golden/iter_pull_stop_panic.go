package main

import (
	"errors"
	"fmt"
	"iter"
)

func Faulty() iter.Seq[string] {
	return func(yield func(string) bool) {
		defer func() {
			panic(errors.New("cleanup exploded"))
		}()
		for _, s := range []string{"a", "b"} {
			if !yield(s) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Faulty())
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		stop()
	}()
	fmt.Println(next())
	stop()
	fmt.Println("done")
}
