// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

type node struct {
	next    *node
	a, b, c int
}

func main() {
	var head *node
	for i := 0; ; i++ {
		head = &node{next: head, a: i}
	}
}
