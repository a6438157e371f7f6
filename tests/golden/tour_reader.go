// A Tour of Go's Readers exercise: golang.org/x/tour/reader.Validate reads from a reader that
// should give endless 'A's and prints OK!, or reports on standard error what went wrong.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tour/reader"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

// short gives 'A's n bytes at a time, then fails.
type short struct {
	n, left int
}

func (r *short) Read(b []byte) (int, error) {
	if r.left <= 0 {
		return 0, errors.New("out of A's")
	}
	n := min(r.n, len(b), r.left)
	for i := range b[:n] {
		b[i] = 'A'
	}
	r.left -= n
	return n, nil
}

// wide fills the whole capacity of the buffer it is given.
type wide struct{}

func (wide) Read(b []byte) (int, error) {
	b = b[:cap(b)]
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

// zero never gives anything, nor fails.
type zero struct{}

func (zero) Read(b []byte) (int, error) { return 0, nil }

func main() {
	reader.Validate(MyReader{})
	reader.Validate(&short{n: 100, left: 3000})
	reader.Validate(strings.NewReader("AAAAAAAB"))
	reader.Validate(strings.NewReader(""))
	reader.Validate(wide{})
	var r io.Reader = &short{n: 7, left: 1 << 21}
	reader.Validate(r)
	reader.Validate(zero{})
	fmt.Println("done")
}
