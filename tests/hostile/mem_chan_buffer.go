// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	ch := make(chan int, 1<<30)
	ch <- 1
	println(len(ch))
}
