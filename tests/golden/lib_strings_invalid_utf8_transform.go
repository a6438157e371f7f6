// Package strings's splitting, replacing, trimming and case mapping over text that is not
// UTF-8: invalid bytes are kept, except where a function maps runes (ToUpper, Title, ...),
// which write U+FFFD for them.
package main

import (
	"fmt"
	"strings"
)

var inputs = []string{
	"\xff", "a\x80b", "\xe2\x82", "x\xe2\x82\xacy\xff", "\xf0\x9f\x98", "\xed\xa0\x80",
	"\xc0\xaf", " \xff \x80\t", "\uFFFD", "ab\xffcd\xfe\xffab", "",
	"\xe2\x82\xac\x80", "hello \xffworld\x80 caf\xc3\xa9 \xe2\x82", "\t\xff\n\x80 \xc2\xa0",
}

var seps = []string{"\xff", "\x80", "", "\xe2\x82", "\uFFFD", " "}

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

func main() {
	for i, s := range inputs {
		fmt.Printf("-- %d %q\n", i, s)
		show("Fields", strings.Fields(s))
		show("ToUpper", strings.ToUpper(s))
		show("ToLower", strings.ToLower(s))
		show("ToTitle", strings.ToTitle(s))
		show("Title", strings.Title(s))
		show("TrimSpace", strings.TrimSpace(s))
		show("Repeat 3", strings.Repeat(s, 3))
		show("ToValidUTF8", strings.ToValidUTF8(s, "?"))
		show("ToValidUTF8 bad", strings.ToValidUTF8(s, "\x80"))
		show("Join", strings.Join(strings.Split(s, "\xff"), "\xfe"))
		for _, cut := range []string{"\xff", "\x80", "\uFFFD", "\xff\t ", "ab", "\xe2\x82\xac", "€\x80x"} {
			show(fmt.Sprintf("Trim %q", cut), strings.Trim(s, cut))
			show(fmt.Sprintf("TrimLeft %q", cut), strings.TrimLeft(s, cut))
			show(fmt.Sprintf("TrimRight %q", cut), strings.TrimRight(s, cut))
			show(fmt.Sprintf("TrimPrefix %q", cut), strings.TrimPrefix(s, cut))
			show(fmt.Sprintf("TrimSuffix %q", cut), strings.TrimSuffix(s, cut))
		}
		for _, sep := range seps {
			show(fmt.Sprintf("Split %q", sep), strings.Split(s, sep))
			show(fmt.Sprintf("SplitN %q 2", sep), strings.SplitN(s, sep, 2))
			show(fmt.Sprintf("SplitAfter %q", sep), strings.SplitAfter(s, sep))
			show(fmt.Sprintf("SplitAfterN %q 3", sep), strings.SplitAfterN(s, sep, 3))
			show(fmt.Sprintf("Replace %q -1", sep), strings.Replace(s, sep, "<\xfe>", -1))
			show(fmt.Sprintf("Replace %q 2", sep), strings.Replace(s, sep, "_", 2))
			show(fmt.Sprintf("ReplaceAll %q", sep), strings.ReplaceAll(s, sep, ""))
		}
	}
}
