// bytes.Buffer's UnreadByte after each kind of operation, Next and Truncate (with its
// panic), and bytes.Runes, Clone and Title over bytes that are not UTF-8.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func state(name string, b *bytes.Buffer, err error) {
	fmt.Printf("%s: err=%v len=%d cap=%d %q\n", name, err, b.Len(), b.Cap(), b.String())
}

func main() {
	b := bytes.NewBufferString("ab\xff")
	state("UnreadByte new", b, b.UnreadByte())
	c, _ := b.ReadByte()
	fmt.Printf("%q\n", c)
	state("UnreadByte after ReadByte", b, b.UnreadByte())
	state("UnreadByte twice", b, b.UnreadByte())
	p := make([]byte, 10)
	n, _ := b.Read(p)
	fmt.Printf("read %q\n", p[:n])
	state("UnreadByte after Read to end", b, b.UnreadByte())
	state("UnreadRune after Read", b, b.UnreadRune())
	n, err := b.Read(p)
	fmt.Println("read at end", n, err)
	state("UnreadByte after read at end", b, b.UnreadByte())
	b.WriteString("line\xff\x80rest")
	state("UnreadByte after Write", b, b.UnreadByte())
	line, err := b.ReadString('\x80')
	fmt.Printf("%q %v\n", line, err)
	state("UnreadByte after ReadString", b, b.UnreadByte())
	fmt.Printf("Next %q\n", b.Next(3))
	state("UnreadByte after Next", b, b.UnreadByte())
	fmt.Printf("Next %q\n", b.Next(100))
	b.WriteString("0123456789")
	b.Truncate(4)
	state("Truncate 4", b, nil)
	r, size, _ := b.ReadRune()
	fmt.Println(r, size)
	b.Truncate(0)
	state("Truncate 0", b, b.UnreadRune())
	b.WriteString("x\xffy")
	b.WriteTo(io.Discard)
	state("UnreadByte after WriteTo", b, b.UnreadByte())

	s := []byte("h\xe9llo w\xf6rld \xe2\x82\xac\xff it's x_y caf\xc3\xa9-bar")
	fmt.Printf("%U\n", bytes.Runes(s))
	fmt.Printf("%q\n", bytes.Title(s))
	fmt.Println(bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	cl := bytes.Clone(s[:3])
	fmt.Printf("%q %d\n", cl, len(cl))
	fmt.Fprintln(os.Stderr, "truncating out of range")
	b.Truncate(100)
}
