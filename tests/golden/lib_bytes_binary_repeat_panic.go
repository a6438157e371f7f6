// bytes.Repeat's panics name package bytes (strings.Repeat's name strings); a recovered
// one is the panic's string, and the last one is not recovered.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	b := []byte("\xff\x80")
	try("strings negative", func() { strings.Repeat(string(b), -1) })
	try("bytes overflow", func() { bytes.Repeat(b, 1<<62) })
	try("strings overflow", func() { strings.Repeat(string(b), 1<<62) })
	fmt.Printf("%q\n", bytes.Repeat(b, 2))
	bytes.Repeat(b, -1)
}
