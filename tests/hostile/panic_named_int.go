// exit: 2
// stderr: panic: main.Code(7)
package main

type Code int

func main() {
	panic(Code(7))
}
