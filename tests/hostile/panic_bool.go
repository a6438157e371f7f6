// exit: 2
// stderr: panic: true
package main

func main() {
	panic(true)
}
