// exit: 2
// stderr: panic: boom
package main

func main() {
	panic("boom")
}
