// bufio.Reader over strings, standard input and a reader of the program's own: ReadString,
// ReadLine (with a line longer than the buffer), ReadRune/UnreadRune, ReadByte/UnreadByte,
// Peek, Read and io.Copy from it.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type sevens struct {
	s string
}

func (r *sevens) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 7)], r.s)
	fmt.Printf("  Read(%d) -> %d\n", len(p), n)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	in := bufio.NewReader(os.Stdin)
	for {
		line, err := in.ReadString('\n')
		if line != "" {
			fmt.Printf("stdin: %q\n", line)
		}
		if err != nil {
			fmt.Println("stdin done:", err, err == io.EOF)
			break
		}
	}

	r := bufio.NewReaderSize(&sevens{"héllo wörld\na line that is longer than sixteen bytes\r\nlast"}, 16)
	fmt.Println("size", r.Size())
	p, err := r.Peek(4)
	fmt.Printf("peek %q %v, buffered %d\n", p, err, r.Buffered())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte())
	for i := 0; i < 3; i++ {
		ru, size, err := r.ReadRune()
		fmt.Println(string(ru), size, err)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	_, err = r.Peek(20)
	fmt.Println("peek 20:", err)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}

	s := bufio.NewReader(strings.NewReader("abcdefgh"))
	buf := make([]byte, 3)
	for {
		n, err := s.Read(buf)
		fmt.Println(n, string(buf[:n]), err)
		if err != nil {
			break
		}
	}
	_, err = s.Peek(-1)
	fmt.Println(err)
	word, err := bufio.NewReader(strings.NewReader("key=value")).ReadBytes('=')
	fmt.Println(string(word), err)
	var sb strings.Builder
	n, err := io.Copy(&sb, bufio.NewReader(strings.NewReader("copied through a bufio.Reader")))
	fmt.Println(n, err, sb.String())
}
