// exit: 2
// stderr: panic: makechan: size out of range
package main

func main() {
	n := 1 << 62
	ch := make(chan int, n)
	println(cap(ch))
}
