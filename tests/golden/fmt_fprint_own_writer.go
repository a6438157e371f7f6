// fmt.Fprint* to io.Writers of the program's own: one Write call with the whole text, its
// (n, err) returned; Writers that wrap others, block on channels or fail part way.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// ByteCounter counts what is written to it (The Go Programming Language, 7.1).
type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

// upper writes to another writer in capitals.
type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

// chanWriter hands each write to another goroutine.
type chanWriter chan string

func (c chanWriter) Write(p []byte) (int, error) {
	c <- string(p)
	return len(p), nil
}

type full struct{ room int }

func (f *full) Write(p []byte) (int, error) {
	if len(p) > f.room {
		n := f.room
		f.room = 0
		return n, errors.New("disk full")
	}
	f.room -= len(p)
	return len(p), nil
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var c ByteCounter
	n, err := fmt.Fprintf(&c, "hello, %s", "Dolly")
	fmt.Println(n, err, c)
	fmt.Fprintln(&c, point{1, 2}, []point{{3, 4}})
	fmt.Println(c)

	fmt.Fprintf(upper{os.Stdout}, "shout %v %d\n", point{5, 6}, 7)
	var sb strings.Builder
	fmt.Fprint(upper{&sb}, "into ", "a builder")
	fmt.Println(sb.String())

	ch := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range ch {
			fmt.Printf("got %q\n", s)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(chanWriter(ch), "line %d", i)
	}
	close(ch)
	<-done

	f := &full{room: 8}
	n, err = fmt.Fprintf(f, "%s", "12345")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(f, "abcdef")
	fmt.Println(n, err)

	var w io.Writer = &c
	fmt.Fprint(w, 12345)
	fmt.Println(c)
}
