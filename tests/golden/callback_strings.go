package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.Map(rot13, "Hello, Gopher! héllo"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, " a b\tc é "))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsSpace))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go 123 gopher", unicode.IsNumber))
	fmt.Println(strings.IndexFunc("abc", unicode.IsDigit), strings.ContainsFunc("abc", unicode.IsUpper), strings.ContainsFunc("aBc", unicode.IsUpper))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("1234", unicode.IsDigit))
	calls := 0
	strings.TrimFunc("xxaxx", func(r rune) bool { calls++; return r == 'x' })
	fmt.Println(calls)
}
