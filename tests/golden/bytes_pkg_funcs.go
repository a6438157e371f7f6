package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("Hello, Gophers! Hello!")
	fmt.Println(bytes.Contains(b, []byte("Go")), bytes.Count(b, []byte("Hello")), bytes.Index(b, []byte("!")))
	fmt.Println(string(bytes.ToUpper(b)), string(bytes.Title([]byte("x"))))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("Hell")))
	fmt.Println(string(bytes.TrimSpace([]byte("  pad  "))), string(bytes.Repeat([]byte("ab"), 3)), string(bytes.ReplaceAll(b, []byte("Hello"), []byte("Bye"))))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	var buf bytes.Buffer
	buf.WriteString("line1\nline2\n")
	fmt.Fprintf(&buf, "num=%d\n", 3)
	for {
		line, err := buf.ReadBytes('\n')
		if err != nil {
			break
		}
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	nb := bytes.NewBufferString("xyz")
	c, _ := nb.ReadByte()
	fmt.Println(string(c), nb.String(), nb.Len())
	nb.Reset()
	fmt.Println(nb.Len(), nb.String() == "")
	fmt.Println(b[:5], string(b[7:14]))
	fmt.Printf("%s %x %v\n", b[:5], b[:5], bytes.IndexByte(b, 'G'))
}
