// Deep stacks: Go prints the innermost 50 and the outermost 50 frames and elides the rest
// ("...N frames elided..."); a stack of 100 frames or fewer is printed whole.
package main

func rec(n int, ch chan int) int {
	if n == 0 {
		return <-ch
	}
	return rec(n-1, ch) + 1
}

func main() {
	ch := make(chan int)
	go rec(120, ch)
	go rec(99, ch)
	go rec(100, ch)
	rec(10, ch)
}
