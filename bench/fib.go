// Recursive fib(32): 7 million calls, nothing else. Measures calls, returns and the
// dispatch loop. (Issue 6 states its goal for fib(30); at 40 ms a run of that was at the mercy
// of process start and the VM's timer noise, and fib(32) measures the same calls 2.6x longer.)
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
