package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"a\xffb", "\xff\xfe\xfdx", "ok", "", "é\xc3", "\xed\xa0\x80z", "a\xffb\xffc"} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD"))
	}
	fmt.Printf("%q\n", strings.ToValidUTF8("x\x80y", "\xff"))
}
