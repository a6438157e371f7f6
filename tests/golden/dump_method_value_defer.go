// Frames Go hides or shows around calls: a goroutine started from a method value (Go hides
// the -fm wrapper), a deferred closure blocking as its function returns, and a recursive
// closure.
package main

import (
	"fmt"
	"sync"
)

type Q struct{ ch chan int }

func (q *Q) Pop() int { return <-q.ch }

func main() {
	q := &Q{make(chan int)}
	f := q.Pop
	go f()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			<-q.ch
		}()
		fmt.Println("x")
	}()
	var fn func(n int)
	fn = func(n int) {
		if n == 0 {
			<-q.ch
			return
		}
		fn(n - 1)
	}
	go fn(3)
	wg.Wait()
}
