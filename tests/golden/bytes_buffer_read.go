package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("line1\nline2\n")
	fmt.Fprintf(&buf, "tail=%d", 3)
	for {
		line, err := buf.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b := bytes.NewBufferString("a,b,c")
	for {
		part, err := b.ReadBytes(',')
		fmt.Printf("%q %v %d\n", part, err, b.Len())
		if err != nil {
			break
		}
	}
	nb := bytes.NewBuffer([]byte("xyz"))
	c, err := nb.ReadByte()
	fmt.Println(string(c), err, nb.String(), nb.Len())
	nb.ReadByte()
	nb.ReadByte()
	c, err = nb.ReadByte()
	fmt.Println(c, err)
	fmt.Println(bytes.NewBuffer(nil).Len())
}
