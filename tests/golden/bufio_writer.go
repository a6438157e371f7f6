// bufio.Writer over os.Stdout, os.Stderr, a strings.Builder and writers of the program's
// own: output appears on Flush or when the buffer fills, fmt.Fprint* into it, WriteRune
// and WriteByte, a failing writer, and a writer that is never flushed.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type logger struct{ n int }

func (l *logger) Write(p []byte) (int, error) {
	l.n++
	fmt.Printf("  write %d: %q\n", l.n, p)
	return len(p), nil
}

type broken struct{}

func (broken) Write(p []byte) (int, error) { return 3, errors.New("device full") }

func main() {
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "%s has %d bytes buffered\n", "out", 0)
	out.WriteString("then a string, ")
	out.WriteByte('b')
	out.WriteRune('ü')
	out.Write([]byte("!\n"))
	fmt.Println("printed directly, before the buffered text")
	fmt.Println(out.Buffered(), out.Available(), out.Size())
	if err := out.Flush(); err != nil {
		panic(err)
	}

	l := &logger{}
	w := bufio.NewWriterSize(l, 16)
	w.WriteString("0123456789")
	w.WriteString("abcdefghij")
	w.Write([]byte("a write longer than the whole buffer"))
	fmt.Fprintln(w, 3.5, true)
	w.WriteRune('世')
	fmt.Println("before flush:", w.Buffered())
	w.Flush()
	fmt.Println("writes:", l.n)

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	fmt.Fprint(bw, "to a builder")
	fmt.Printf("%q\n", sb.String())
	bw.Flush()
	fmt.Printf("%q\n", sb.String())

	bad := bufio.NewWriterSize(broken{}, 16)
	bad.WriteString("abcdefgh")
	fmt.Println(bad.Flush(), bad.Buffered())
	n, err := bad.WriteString("more")
	fmt.Println(n, err)

	e := bufio.NewWriter(os.Stderr)
	fmt.Fprintln(e, "to standard error")
	e.Flush()

	forgotten := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(forgotten, "never printed: no Flush")
}
