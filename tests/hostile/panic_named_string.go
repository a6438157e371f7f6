// exit: 2
// stderr: panic: main.Reason("out of cheese")
package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}
