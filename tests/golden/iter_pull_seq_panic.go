package main

import (
	"fmt"
	"iter"
	"runtime"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if i == 2 {
				panic(fmt.Sprint("bad ", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Count(5))
	defer stop()
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(runtime.NumGoroutine())
	for {
		v, ok := next()
		fmt.Println(v, ok, runtime.NumGoroutine())
		if !ok {
			break
		}
	}
}
