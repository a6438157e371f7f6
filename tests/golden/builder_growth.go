package main

// strings.Builder and bytes.Buffer grow in amortized O(1) per write (200,000 writes each
// must finish quickly), with the capacities Go's growth rules give.

import (
	"bytes"
	"fmt"
	"strings"
)

// writer is what strings.Builder and bytes.Buffer both have.
type writer interface {
	WriteString(s string) (int, error)
	WriteByte(c byte) error
	WriteRune(r rune) (int, error)
	Write(p []byte) (int, error)
}

// fill makes 200,000 writes.
func fill(w writer) {
	for i := 0; i < 50000; i++ {
		w.WriteString("ab")
		w.WriteByte('c')
		w.WriteRune('é')
		fmt.Fprintf(w, "%d", i%10)
	}
}

func main() {
	var b strings.Builder
	fill(&b)
	s := b.String()
	fmt.Println(len(s), b.Len(), s[:20], s[len(s)-10:], s == b.String())

	var bb bytes.Buffer
	fill(&bb)
	n := 0
	for {
		if _, err := bb.ReadByte(); err != nil {
			break
		}
		n++
	}
	fmt.Println(n, bb.Len())

	var g strings.Builder
	for i := 0; i < 40; i++ {
		g.WriteString(strings.Repeat("x", i*37))
		fmt.Print(g.Len(), ":", g.Cap(), " ")
	}
	fmt.Println()
	var h strings.Builder
	h.Grow(10)
	fmt.Println(h.Cap())
	h.WriteString("abc")
	h.Grow(100)
	fmt.Println(h.Cap(), h.String())
	h.Reset()
	fmt.Println(h.Len(), h.Cap(), h.String() == "")

	var buf bytes.Buffer
	p := make([]byte, 1000)
	for i := 0; i < 40; i++ {
		buf.WriteString(strings.Repeat("y", i*37))
		if i%3 == 0 {
			buf.Read(p[:i*20])
		}
		fmt.Print(buf.Len(), ":", buf.Cap(), " ")
	}
	fmt.Println()
	nb := bytes.NewBuffer(make([]byte, 3, 10))
	fmt.Println(nb.Len(), nb.Cap())
	nb.Grow(100)
	fmt.Println(nb.Len(), nb.Cap())
	nb.Reset()
	nb.WriteString("one, two! three")
	line, err := nb.ReadString(',')
	fmt.Printf("%q %v %q\n", line, err, nb.String())
	line, err = nb.ReadString('?')
	fmt.Printf("%q %v %q %d %d\n", line, err, nb.String(), nb.Len(), nb.Cap())
}
