package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if errors.Is(err, io.EOF) {
			break
		}
	}
	r2 := strings.NewReader("ab")
	fmt.Println(r2.Len(), r2.Size())
	c, err := r2.ReadByte()
	fmt.Println(c, err, r2.Len())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)
}
