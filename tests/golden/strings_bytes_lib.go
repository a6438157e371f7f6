package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Strings as bytes through copy, append, strings.Builder, unicode/utf8 and range.
func main() {
	s := "héllo, 世界"
	b := make([]byte, 3)
	n := copy(b, s)
	fmt.Println(n, b, string(b), len(string(b[:2])))
	b = append(b, s[1:]...)
	fmt.Println(len(b), string(b) == "h\xc3\xa9"+s[1:])
	var sb strings.Builder
	sb.WriteByte(0xe4)
	sb.WriteByte(0xb8)
	sb.WriteByte(0x96)
	sb.WriteString("!")
	fmt.Println(sb.Len(), sb.String())
	fmt.Println(utf8.ValidString("a\xff"), utf8.RuneCountInString("a\xffé"), utf8.ValidString(s))
	r, size := utf8.DecodeRuneInString("\xffé")
	fmt.Println(r, size)
	for _, c := range s {
		fmt.Printf("%c|", c)
	}
	fmt.Println()
	var x uint8 = 200
	fmt.Println(string(rune(x)), string(rune(0xD800)) == "\uFFFD")
	words := strings.Fields(" a b  c ")
	fmt.Println(len(words), strings.ToUpper(s), strings.Repeat("ab", 3))
	rs := []rune("日本語")
	rs[0] = 'X'
	fmt.Println(string(rs), len(string(rs)))
	bad := string([]byte{'a', 0xc3})
	switch bad {
	case "a\xc3":
		fmt.Println("matched")
	}
	fmt.Printf("%q %v\n", bad, bad == "a\xc3")
	fmt.Printf("%q %+q %q\n", 'x', 'é', '\'')
	fmt.Printf("%x % X %#x\n", "hi", "hi", "hi")
	for i, c := range []byte("ab") {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	cnt := 0
	for range "héllo" {
		cnt++
	}
	fmt.Println(cnt)
}
