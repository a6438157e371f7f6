package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var b bytes.Buffer
	fmt.Fprintf(&b, "hello %d\n", 42)
	n, err := b.WriteTo(os.Stdout)
	fmt.Println(n, err, b.Len())
	n, err = b.WriteTo(os.Stdout)
	fmt.Println(n, err)
	b.WriteString("to the program's writer\n")
	u := &upper{}
	n, err = b.WriteTo(u)
	fmt.Println(n, err, u.n)
	var sb strings.Builder
	b.WriteString("into a builder")
	b.WriteTo(&sb)
	fmt.Println(sb.String())
}
