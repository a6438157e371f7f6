package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

// Strings that are not UTF-8 are written as their bytes, by fmt, print/println and Write.
func main() {
	fmt.Println("\xbd\xb2=\xbc ⌘")
	s := "héllo"
	fmt.Print(s[:2])
	fmt.Print("\n")
	println(s[:2], len(s[:2]))
	print(s[:2], "|\n")
	os.Stdout.Write([]byte{0xff, 0xfe, 'a', '\n'})
	os.Stdout.WriteString(s[:2] + "\n")
	fmt.Printf("%s|%v|%5s|%-4s|%.2s|%q|%x\n", s[:2], s[:2], s[:2], s[:2], "\xff\xfeab", s[:2], s[:2])
	fmt.Printf("\xfe%d\n", 7)
	fmt.Fprintln(os.Stderr, s[:2])
	t := fmt.Sprintf("<%s>", s[:2])
	fmt.Println(len(t), []byte(t))
	u := fmt.Sprint(s[:2], 1)
	fmt.Println(len(u), u)
	fmt.Println([]string{s[:2], "\xff"}, struct{ A string }{s[:2]})
	var b strings.Builder
	fmt.Fprintf(&b, "%s!", s[:2])
	fmt.Println(b.Len(), b.String())
	var buf bytes.Buffer
	fmt.Fprint(&buf, s[:2])
	fmt.Println(buf.Len(), buf.Bytes())
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%s\n", s[:2])
	w.Flush()
}
