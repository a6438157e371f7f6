package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"héllo", "", "\xff", "a\xe2\x82", "€", "\xe2\x82\xac\x80", "\xed\xa0\x80x", "x\xf0\x9f\x98"} {
		b := []byte(s)
		r, n := utf8.DecodeRune(b)
		r2, n2 := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRune(b)
		lr2, ln2 := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: %U %d %U %d | last %U %d %U %d\n", s, r, n, r2, n2, lr, ln, lr2, ln2)
		fmt.Println("  count", utf8.RuneCount(b), utf8.RuneCountInString(s), "valid", utf8.Valid(b), utf8.ValidString(s),
			"full", utf8.FullRune(b), utf8.FullRuneInString(s))
	}
	for _, p := range [][]byte{{0xe2}, {0xe2, 0x82}, {0xe2, 0x41}, {0xf0, 0x9f, 0x98}, {0xf4, 0x90}, {0xe0, 0x80}, {0xc0}, {0x41}} {
		fmt.Print(utf8.FullRune(p), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x82), utf8.RuneStart(0xe2))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], utf8.RuneLen('世'), utf8.AppendRune(nil, 'é'))
}
