// exit: 2
// stderr: panic: 42
package main

func main() {
	panic(42)
}
