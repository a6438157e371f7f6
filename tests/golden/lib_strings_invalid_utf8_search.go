// Package strings's searching functions over text that is not UTF-8: invalid bytes count as
// U+FFFD of width 1 where a function looks at runes, and indices are byte offsets.
package main

import (
	"fmt"
	"strings"
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
		show("Count empty", strings.Count(s, ""))
		show("ContainsRune FFFD", strings.ContainsRune(s, '\uFFFD'))
		show("ContainsRune -1", strings.ContainsRune(s, -1))
		show("ContainsRune 0x110000", strings.ContainsRune(s, 0x110000))
		show("IndexRune FFFD", strings.IndexRune(s, '\uFFFD'))
		show("IndexRune D800", strings.IndexRune(s, 0xD800))
		show("IndexRune euro", strings.IndexRune(s, '€'))
		show("IndexByte ff", strings.IndexByte(s, 0xff))
		show("LastIndexByte 80", strings.LastIndexByte(s, 0x80))
		for _, chars := range []string{"\xff", "\x80", "\uFFFD", "b\xff", "xy", "\xe2\x82\xac", "€\xff"} {
			show(fmt.Sprintf("ContainsAny %q", chars), strings.ContainsAny(s, chars))
			show(fmt.Sprintf("IndexAny %q", chars), strings.IndexAny(s, chars))
			show(fmt.Sprintf("LastIndexAny %q", chars), strings.LastIndexAny(s, chars))
		}
		for _, sub := range subs {
			show(fmt.Sprintf("Contains %q", sub), strings.Contains(s, sub))
			show(fmt.Sprintf("Count %q", sub), strings.Count(s, sub))
			show(fmt.Sprintf("Index %q", sub), strings.Index(s, sub))
			show(fmt.Sprintf("LastIndex %q", sub), strings.LastIndex(s, sub))
			show(fmt.Sprintf("HasPrefix %q", sub), strings.HasPrefix(s, sub))
			show(fmt.Sprintf("HasSuffix %q", sub), strings.HasSuffix(s, sub))
			show(fmt.Sprintf("EqualFold %q", sub), strings.EqualFold(s, sub))
			show(fmt.Sprintf("Compare %q", sub), strings.Compare(s, sub))
			b, a, ok := strings.Cut(s, sub)
			show(fmt.Sprintf("Cut %q before", sub), b)
			show(fmt.Sprintf("Cut %q after", sub), a)
			show(fmt.Sprintf("Cut %q found", sub), ok)
			p, ok := strings.CutPrefix(s, sub)
			show(fmt.Sprintf("CutPrefix %q", sub), p)
			show(fmt.Sprintf("CutPrefix %q found", sub), ok)
			p, ok = strings.CutSuffix(s, sub)
			show(fmt.Sprintf("CutSuffix %q", sub), p)
			show(fmt.Sprintf("CutSuffix %q found", sub), ok)
		}
		show("EqualFold FFFD", strings.EqualFold(s, "\uFFFD"))
		show("EqualFold self upper", strings.EqualFold(s, strings.ToUpper(s)))
	}
}
