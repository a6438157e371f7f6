// Mistakes with embedding get Go's messages: an ambiguous selector, a pointer method on a
// value that is not addressable, method sets without a pointer method or with a method
// of the wrong signature, and a misspelled promoted library method.
package main

import "sync"

type Reader struct{ pos int }

func (r *Reader) Read() int { r.pos++; return r.pos }
func (r Reader) Close()     {}

type Writer struct{ pos int }

func (w Writer) Close() {}

type File struct {
	Reader
	Writer
}

type Locked struct {
	sync.Mutex
	File
}

type ReadCloser interface {
	Read() int
	Close()
}

type Closer interface{ Close() error }

func newFile() File { return File{} }

func main() {
	var f File
	_ = f.pos
	f.Close()
	newFile().Read()
	var rc ReadCloser = Locked{}
	var c Closer = f.Reader
	var rc2 ReadCloser = f.Reader
	var l Locked
	l.lock()
	l.Read()
	_, _, _ = rc, c, rc2
}
