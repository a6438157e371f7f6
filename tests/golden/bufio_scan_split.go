// Scanner split functions over strings, bytes and a reader of the program's own: words,
// runes (with a bad byte), bytes, a custom comma splitter ending with ErrFinalToken, the
// split functions called directly, and the token-too-long error.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// trickle hands out at most 5 bytes per Read and says how much room it was given.
type trickle struct {
	data string
	reads int
}

func (t *trickle) Read(p []byte) (int, error) {
	t.reads++
	if t.data == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 5)], t.data)
	fmt.Printf("  read %d: room %d, got %q\n", t.reads, len(p), t.data[:n])
	t.data = t.data[n:]
	return n, nil
}

func trim(b []byte) []byte {
	for len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

func commas(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == ',' {
			return i + 1, trim(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), trim(data), bufio.ErrFinalToken
	}
	return 0, nil, nil
}

func main() {
	words := bufio.NewScanner(strings.NewReader("  Go is\texpressive,\n concise,  clean \u00a0 and\u2003efficient  "))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Printf("word %d: %q\n", n, words.Text())
	}

	var buf bytes.Buffer
	buf.WriteString("h\xe9llo, 世界")
	runes := bufio.NewScanner(&buf)
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	bs := bufio.NewScanner(bytes.NewReader([]byte{'a', 0, 'b'}))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()

	t := &trickle{data: "red, green ,blue,, violet"}
	cs := bufio.NewScanner(t)
	cs.Split(commas)
	for cs.Scan() {
		fmt.Printf("token %q\n", cs.Text())
	}
	fmt.Println("err:", cs.Err(), "reads:", t.reads)

	adv, tok, err := bufio.ScanLines([]byte("one\r\ntwo"), false)
	fmt.Println(adv, string(tok), err)
	adv, tok, err = bufio.ScanLines([]byte("tail"), false)
	fmt.Println(adv, tok == nil, err)
	adv, tok, err = bufio.ScanWords([]byte("  last"), true)
	fmt.Println(adv, string(tok), err)

	long := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 70000) + "\nafter\n"))
	for long.Scan() {
		fmt.Println("line of", len(long.Text()))
	}
	fmt.Println("err:", long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))

	small := bufio.NewScanner(strings.NewReader("0123456789abcdef\nok\n"))
	small.Buffer(make([]byte, 4), 8)
	for small.Scan() {
		fmt.Println(small.Text())
	}
	fmt.Println("err:", small.Err())

	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100000)))
	big.Buffer(nil, 200000)
	for big.Scan() {
		fmt.Println("big line of", len(big.Text()))
	}
	fmt.Println("err:", big.Err())

	defer func() { fmt.Println("recovered:", recover()) }()
	s := bufio.NewScanner(strings.NewReader("x"))
	s.Scan()
	s.Split(bufio.ScanWords)
}
