package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(strings.NewReader(string(p)))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.n += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.n
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	io.Copy(os.Stdout, &rot13Reader{s})
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)
	var wc WordCounter
	fmt.Fprintf(&wc, "one two  three\nfour")
	fmt.Println(wc)
	w, n := CountingWriter(os.Stdout)
	fmt.Fprintln(w, "counted line")
	fmt.Println(*n)
	r := strings.NewReader("abcdefghij")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	data, err := io.ReadAll(io.LimitReader(strings.NewReader("limited reader text"), 7))
	fmt.Printf("%q %v\n", data, err)
	sc := bufio.NewScanner(strings.NewReader("l1\nl2\r\n\nl4"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a b"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	bw.Flush()
	br := bufio.NewReader(strings.NewReader("first line\nsecond"))
	line, _ := br.ReadString('\n')
	rest, err := br.ReadString('\n')
	fmt.Printf("%q %q %v\n", line, rest, err)
	var sb strings.Builder
	io.WriteString(&sb, "x")
	mw := io.MultiWriter(&sb, &c)
	fmt.Fprint(mw, "yz")
	fmt.Println(sb.String(), c)
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	all, _ := io.ReadAll(pr)
	fmt.Println(string(all))
}
