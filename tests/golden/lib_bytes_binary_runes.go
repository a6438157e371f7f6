// bytes.Buffer's and bufio.Reader's rune methods over bytes that are not UTF-8: each bad
// byte reads as U+FFFD of size 1, and UnreadRune steps back over what ReadRune read.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

const text = "a\xff\xe2\x82\xac\x80\xe2\x82\xf0\x9f\x98\x80\xed\xa0\x80z"

func main() {
	var b bytes.Buffer
	b.WriteString(text)
	for _, r := range []rune{-1, 0xD800, 0x110000, 'é', 0xFFFD} {
		n, err := b.WriteRune(r)
		fmt.Println("WriteRune", r, n, err)
	}
	fmt.Printf("%q %d\n", b.String(), b.Len())
	err := b.UnreadRune()
	fmt.Println("UnreadRune first:", err)
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("ReadRune:", err)
			break
		}
		fmt.Printf("%U %d left %d\n", r, size, b.Len())
		if r == 0xFFFD && size == 1 {
			fmt.Println("UnreadRune:", b.UnreadRune(), b.Len())
			fmt.Println("UnreadRune again:", b.UnreadRune())
			b.ReadRune()
		}
	}
	fmt.Println("UnreadByte at end:", b.UnreadByte())

	br := bufio.NewReader(strings.NewReader(text))
	for {
		r, size, err := br.ReadRune()
		if err != nil {
			fmt.Println("bufio ReadRune:", err)
			break
		}
		fmt.Printf("bufio %U %d buffered %d\n", r, size, br.Buffered())
		if size == 1 && r == 0xFFFD {
			fmt.Println("bufio UnreadRune:", br.UnreadRune(), br.UnreadRune())
			br.ReadRune()
		}
	}
	br = bufio.NewReaderSize(strings.NewReader("\xe2\x82"+strings.Repeat("x", 20)), 16)
	r, size, err := br.ReadRune()
	fmt.Printf("short %U %d %v\n", r, size, err)
	s, err := bufio.NewReader(strings.NewReader(text)).ReadString('\x80')
	fmt.Printf("ReadString %q %v\n", s, err)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("scan %q\n", sc.Text())
	}
}
