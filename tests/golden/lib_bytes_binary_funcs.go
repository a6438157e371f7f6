// Package bytes's functions that call a Go function per rune, over text that is not UTF-8:
// each invalid byte is passed as U+FFFD and kept in results that are parts of the input;
// Map writes what mapping returns.
package main

import (
	"fmt"
	"bytes"
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
		same := bytes.Map(func(r rune) rune { seen = append(seen, r); return r }, []byte(s))
		show("Map same", same)
		fmt.Printf("Map saw %U\n", seen)
		show("Map upper", bytes.Map(unicode.ToUpper, []byte(s)))
		show("Map drop bad", bytes.Map(func(r rune) rune {
			if isBad(r) {
				return -1
			}
			return r
		}, []byte(s)))
		show("Map to invalid", bytes.Map(func(r rune) rune { return 0xD800 }, []byte(s)))
		show("IndexFunc bad", bytes.IndexFunc([]byte(s), isBad))
		show("LastIndexFunc bad", bytes.LastIndexFunc([]byte(s), isBad))
		show("ContainsFunc bad", bytes.ContainsFunc([]byte(s), isBad))
		show("TrimFunc bad", bytes.TrimFunc([]byte(s), isBad))
		show("TrimLeftFunc bad", bytes.TrimLeftFunc([]byte(s), isBad))
		show("TrimRightFunc bad", bytes.TrimRightFunc([]byte(s), isBad))
		show("FieldsFunc bad", bytes.FieldsFunc([]byte(s), isBad))
		show("FieldsFunc space", bytes.FieldsFunc([]byte(s), unicode.IsSpace))
		show("IndexFunc letter", bytes.IndexFunc([]byte(s), unicode.IsLetter))
		show("LastIndexFunc letter", bytes.LastIndexFunc([]byte(s), unicode.IsLetter))
	}
}
