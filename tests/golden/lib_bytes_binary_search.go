// Package bytes's searching functions over text that is not UTF-8: invalid bytes count as
// U+FFFD of width 1 where a function looks at runes, and indices are byte offsets.
package main

import (
	"fmt"
	"bytes"
)

var inputs = []string{
	"\xff", "a\x80b", "\xe2\x82", "x\xe2\x82\xacy\xff", "\xf0\x9f\x98", "\xed\xa0\x80",
	"\xc0\xaf", " \xff \x80\t", "\uFFFD", "ab\xffcd\xfe\xffab", "",
	"\xe2\x82\xac\x80", "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80z",
}

var subs = []string{"\xff", "\x80", "\xe2", "\xe2\x82", "\uFFFD", "", "ab", "\xff\xfe"}

func show(name string, v any) {
	switch x := v.(type) {
	case []byte:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	case string:
		fmt.Printf("%s = %q len %d\n", name, x, len(x))
	default:
		fmt.Printf("%s = %v\n", name, x)
	}
}

func main() {
	for i, s := range inputs {
		fmt.Printf("-- %d %q\n", i, s)
		show("Count empty", bytes.Count([]byte(s), []byte("")))
		show("ContainsRune FFFD", bytes.ContainsRune([]byte(s), '\uFFFD'))
		show("ContainsRune -1", bytes.ContainsRune([]byte(s), -1))
		show("ContainsRune 0x110000", bytes.ContainsRune([]byte(s), 0x110000))
		show("IndexRune FFFD", bytes.IndexRune([]byte(s), '\uFFFD'))
		show("IndexRune D800", bytes.IndexRune([]byte(s), 0xD800))
		show("IndexRune euro", bytes.IndexRune([]byte(s), '€'))
		show("IndexByte ff", bytes.IndexByte([]byte(s), 0xff))
		show("LastIndexByte 80", bytes.LastIndexByte([]byte(s), 0x80))
		for _, chars := range []string{"\xff", "\x80", "\uFFFD", "b\xff", "xy", "\xe2\x82\xac", "€\xff"} {
			show(fmt.Sprintf("ContainsAny %q", chars), bytes.ContainsAny([]byte(s), chars))
			show(fmt.Sprintf("IndexAny %q", chars), bytes.IndexAny([]byte(s), chars))
			show(fmt.Sprintf("LastIndexAny %q", chars), bytes.LastIndexAny([]byte(s), chars))
		}
		for _, sub := range subs {
			show(fmt.Sprintf("Contains %q", sub), bytes.Contains([]byte(s), []byte(sub)))
			show(fmt.Sprintf("Count %q", sub), bytes.Count([]byte(s), []byte(sub)))
			show(fmt.Sprintf("Index %q", sub), bytes.Index([]byte(s), []byte(sub)))
			show(fmt.Sprintf("LastIndex %q", sub), bytes.LastIndex([]byte(s), []byte(sub)))
			show(fmt.Sprintf("HasPrefix %q", sub), bytes.HasPrefix([]byte(s), []byte(sub)))
			show(fmt.Sprintf("HasSuffix %q", sub), bytes.HasSuffix([]byte(s), []byte(sub)))
			show(fmt.Sprintf("EqualFold %q", sub), bytes.EqualFold([]byte(s), []byte(sub)))
			show(fmt.Sprintf("Compare %q", sub), bytes.Compare([]byte(s), []byte(sub)))
			b, a, ok := bytes.Cut([]byte(s), []byte(sub))
			show(fmt.Sprintf("Cut %q before", sub), b)
			show(fmt.Sprintf("Cut %q after", sub), a)
			show(fmt.Sprintf("Cut %q found", sub), ok)
			p, ok := bytes.CutPrefix([]byte(s), []byte(sub))
			show(fmt.Sprintf("CutPrefix %q", sub), p)
			show(fmt.Sprintf("CutPrefix %q found", sub), ok)
			p, ok = bytes.CutSuffix([]byte(s), []byte(sub))
			show(fmt.Sprintf("CutSuffix %q", sub), p)
			show(fmt.Sprintf("CutSuffix %q found", sub), ok)
		}
		show("EqualFold FFFD", bytes.EqualFold([]byte(s), []byte("\uFFFD")))
		show("EqualFold self upper", bytes.EqualFold([]byte(s), bytes.ToUpper([]byte(s))))
	}
}
