// Package bytes's splitting, replacing, trimming and case mapping over text that is not
// UTF-8: invalid bytes are kept, except where a function maps runes (ToUpper, Title, ...),
// which write U+FFFD for them.
package main

import (
	"fmt"
	"bytes"
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
		show("Fields", bytes.Fields([]byte(s)))
		show("ToUpper", bytes.ToUpper([]byte(s)))
		show("ToLower", bytes.ToLower([]byte(s)))
		show("ToTitle", bytes.ToTitle([]byte(s)))
		show("Title", bytes.Title([]byte(s)))
		show("TrimSpace", bytes.TrimSpace([]byte(s)))
		show("Repeat 3", bytes.Repeat([]byte(s), 3))
		show("ToValidUTF8", bytes.ToValidUTF8([]byte(s), []byte("?")))
		show("ToValidUTF8 bad", bytes.ToValidUTF8([]byte(s), []byte("\x80")))
		show("Join", bytes.Join(bytes.Split([]byte(s), []byte("\xff")), []byte("\xfe")))
		for _, cut := range []string{"\xff", "\x80", "\uFFFD", "\xff\t ", "ab", "\xe2\x82\xac", "€\x80x"} {
			show(fmt.Sprintf("Trim %q", cut), bytes.Trim([]byte(s), cut))
			show(fmt.Sprintf("TrimLeft %q", cut), bytes.TrimLeft([]byte(s), cut))
			show(fmt.Sprintf("TrimRight %q", cut), bytes.TrimRight([]byte(s), cut))
			show(fmt.Sprintf("TrimPrefix %q", cut), bytes.TrimPrefix([]byte(s), []byte(cut)))
			show(fmt.Sprintf("TrimSuffix %q", cut), bytes.TrimSuffix([]byte(s), []byte(cut)))
		}
		for _, sep := range seps {
			show(fmt.Sprintf("Split %q", sep), bytes.Split([]byte(s), []byte(sep)))
			show(fmt.Sprintf("SplitN %q 2", sep), bytes.SplitN([]byte(s), []byte(sep), 2))
			show(fmt.Sprintf("SplitAfter %q", sep), bytes.SplitAfter([]byte(s), []byte(sep)))
			show(fmt.Sprintf("SplitAfterN %q 3", sep), bytes.SplitAfterN([]byte(s), []byte(sep), 3))
			show(fmt.Sprintf("Replace %q -1", sep), bytes.Replace([]byte(s), []byte(sep), []byte("<\xfe>"), -1))
			show(fmt.Sprintf("Replace %q 2", sep), bytes.Replace([]byte(s), []byte(sep), []byte("_"), 2))
			show(fmt.Sprintf("ReplaceAll %q", sep), bytes.ReplaceAll([]byte(s), []byte(sep), []byte("")))
		}
	}
}
