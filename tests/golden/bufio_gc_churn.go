// A Scanner, a Reader and a Writer over a reader and writer of the program's own that
// make garbage in every call, so collections run while the library calls wait for them.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type churn struct {
	lines int
	junk  [][]byte
}

func (c *churn) Read(p []byte) (int, error) {
	if c.lines == 0 {
		return 0, io.EOF
	}
	// Garbage in every Read, so collections run while the Scanner is suspended here.
	for i := 0; i < 50; i++ {
		c.junk = append(c.junk, make([]byte, 1000))
		if len(c.junk) > 20 {
			c.junk = c.junk[1:]
		}
	}
	c.lines--
	s := fmt.Sprintf("line %d %s\n", c.lines, strings.Repeat("z", c.lines%50))
	return copy(p, s), nil
}

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) {
	junk := make([]string, 0)
	for i := 0; i < 100; i++ {
		junk = append(junk, strings.Repeat("q", 100))
	}
	s.n += len(p) + len(junk) - 100
	return len(p), nil
}

func main() {
	sc := bufio.NewScanner(&churn{lines: 600})
	out := &sink{}
	w := bufio.NewWriterSize(out, 64)
	words := 0
	r := bufio.NewReader(&churn{lines: 400})
	for sc.Scan() {
		words += len(strings.Fields(sc.Text()))
		w.WriteString("|")
		w.WriteString(sc.Text())
	}
	w.Flush()
	total := 0
	for {
		line, err := r.ReadString('\n')
		total += len(line)
		if err != nil {
			break
		}
	}
	fmt.Println(words, out.n, total, sc.Err())
}
