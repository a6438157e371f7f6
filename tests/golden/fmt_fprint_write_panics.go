// A panic in the Write method of the program's own Writer, called by fmt.Fprintln, shows
// fmt's frame in the traceback; a String method that panics on a nil pointer receiver
// prints <nil>, whatever it panicked with.
package main

import "fmt"

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) {
	w.n += len(p)
	if w.n > 10 {
		panic("too much")
	}
	return len(p), nil
}

type bad struct{}

func (*bad) String() string { panic("boom") }

type val int

func (val) String() string { panic("boom") }

func main() {
	w := &W{}
	var b *bad
	fmt.Fprintln(w, b)
	fmt.Println(w.n)
	fmt.Println(b, &bad{}, val(0))
	fmt.Printf("%v|%s|%q\n", b, b, val(0))
	fmt.Fprintln(w, "abcdef")
}
