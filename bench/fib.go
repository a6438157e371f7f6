// Recursive fib(30): 1.6 million calls, nothing else. Measures calls, returns and the
// dispatch loop.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(30))
}
