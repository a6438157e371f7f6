// exit: 2
// stderr: panic: panic called with nil argument
package main

func main() {
	panic(nil)
}
