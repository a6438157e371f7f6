// Package strings's functions that call a Go function per rune, over text that is not UTF-8:
// each invalid byte is passed as U+FFFD and kept in results that are parts of the input;
// Map writes what mapping returns.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var inputs = []string{
	"\xff", "a\x80b", "\xe2\x82", "x\xe2\x82\xacy\xff", "\xf0\x9f\x98", "\xed\xa0\x80",
	"\xc0\xaf", " \xff \x80\t", "\uFFFD", "ab\xffcd\xfe\xffab", "",
	"\xe2\x82\xac\x80", "Hello \xffworld\x80 caf\xc3\xa9",
}

func show(name string, v any) {
	switch x := v.(type) {
	case []byte:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	case string:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	case [][]byte:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	case []string:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	default:
		fmt.Printf("%s = %v\n", name, x)
	}
}

func isBad(r rune) bool { return r == unicode.ReplacementChar }

func main() {
	for i, s := range inputs {
		fmt.Printf("-- %d %q\n", i, s)
		var seen []rune
		same := strings.Map(func(r rune) rune { seen = append(seen, r); return r }, s)
		show("Map same", same)
		fmt.Printf("Map saw %U\n", seen)
		show("Map upper", strings.Map(unicode.ToUpper, s))
		show("Map drop bad", strings.Map(func(r rune) rune {
			if isBad(r) {
				return -1
			}
			return r
		}, s))
		show("Map to invalid", strings.Map(func(r rune) rune { return 0xD800 }, s))
		show("IndexFunc bad", strings.IndexFunc(s, isBad))
		show("LastIndexFunc bad", strings.LastIndexFunc(s, isBad))
		show("ContainsFunc bad", strings.ContainsFunc(s, isBad))
		show("TrimFunc bad", strings.TrimFunc(s, isBad))
		show("TrimLeftFunc bad", strings.TrimLeftFunc(s, isBad))
		show("TrimRightFunc bad", strings.TrimRightFunc(s, isBad))
		show("FieldsFunc bad", strings.FieldsFunc(s, isBad))
		show("FieldsFunc space", strings.FieldsFunc(s, unicode.IsSpace))
		show("IndexFunc letter", strings.IndexFunc(s, unicode.IsLetter))
		show("LastIndexFunc letter", strings.LastIndexFunc(s, unicode.IsLetter))
	}
}
