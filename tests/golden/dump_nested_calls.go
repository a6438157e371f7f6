// Deadlock deep inside nested calls: plain functions, methods with pointer and value
// receivers, closures, and a function with results but no parameters.
package main

import "fmt"

type Queue struct {
	items chan int
}

func (q *Queue) Pop() int {
	return <-q.items
}

func (q Queue) Push(v int) {
	q.items <- v
}

var ready = make(chan bool)

func wait() bool {
	return <-ready
}

func sum(q *Queue, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += q.Pop()
	}
	return total
}

func report(q *Queue) {
	fmt.Println("sum", sum(q, 3))
}

func producer(q Queue) {
	for i := 0; ; i++ {
		q.Push(i)
	}
}

func main() {
	in := &Queue{items: make(chan int)}
	out := Queue{items: make(chan int)}
	go report(in)
	go producer(out)
	go func() {
		if wait() {
			fmt.Println("ready")
		}
	}()
	func() {
		fmt.Println("main blocks")
		in.Pop()
	}()
}
