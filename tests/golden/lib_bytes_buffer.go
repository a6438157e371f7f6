package main

import (
	"bytes"
	"fmt"
)

type Doc struct {
	buf   bytes.Buffer
	lines int
}

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.WriteByte('w')
	b.WriteRune('ö')
	b.Write([]byte("rld"))
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())
	d := &Doc{}
	d.buf.WriteString("line")
	d.lines++
	fmt.Println(d.buf.String(), d.lines)
}
