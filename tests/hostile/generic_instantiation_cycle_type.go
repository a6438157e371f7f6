// exit: 1
// stderr: prog.go:5:10: instantiation cycle:
package main

type Box[T any] struct {
	inner *Box[Box[T]]
}

func main() {
	var b Box[int]
	_ = b
}
