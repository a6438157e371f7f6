// io.ReadAll of standard input, a strings.Reader, a reader of the program's own that fails
// half way, and a bufio.Reader.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	f.n++
	if f.n > 2 {
		return 1, errors.New("wire cut")
	}
	return copy(p, "ab"), nil
}

func main() {
	all, err := io.ReadAll(os.Stdin)
	fmt.Printf("%d bytes, %q..., %v\n", len(all), all[:min(10, len(all))], err)
	b, err := io.ReadAll(strings.NewReader(strings.Repeat("0123456789", 200)))
	fmt.Println(len(b), err)
	b, err = io.ReadAll(&failing{})
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(bufio.NewReader(strings.NewReader("through bufio")))
	fmt.Printf("%q %v\n", b, err)
}
