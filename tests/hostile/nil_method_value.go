// exit: 2
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

func main() {
	var t *T
	println(t.Get())
}
