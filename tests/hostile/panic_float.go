// exit: 2
// stderr: panic: +1.500000e+000
package main

func main() {
	panic(1.5)
}
