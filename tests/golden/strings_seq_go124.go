// Go 1.24's iterator forms of strings' and bytes' splitting functions, and Go 1.26's
// errors.AsType, as Go by Example now uses them. Expected output: Go 1.23 running
// strings_seq_go124.go123, where these functions are written out from their documentation.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func main() {
	for part := range strings.SplitSeq("go-by-example", "-") {
		fmt.Printf("part: %q\n", part)
	}
	for part := range strings.SplitSeq("", ",") {
		fmt.Printf("empty: %q\n", part)
	}
	for part := range strings.SplitSeq("héllo", "") {
		fmt.Printf("rune: %q\n", part)
	}
	for part := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("after: %q\n", part)
	}
	for w := range strings.FieldsSeq("  the quick\tbrown\n fox  ") {
		fmt.Printf("field: %q\n", w)
		if w == "brown" {
			break
		}
	}
	for w := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("func: %q\n", w)
	}
	for line := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("line: %q\n", line)
	}
	for line := range strings.Lines("") {
		fmt.Printf("never: %q\n", line)
	}
	for line := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("bytes line: %q cap %d\n", line, cap(line))
	}
	for p := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("bytes part: %s\n", p)
	}
	for p := range bytes.SplitAfterSeq([]byte("k=v;k2=v2"), []byte(";")) {
		fmt.Printf("bytes after: %s\n", p)
	}
	for p := range bytes.FieldsSeq([]byte(" a  b ")) {
		fmt.Printf("bytes field: %s\n", p)
	}
	for p := range bytes.FieldsFuncSeq([]byte("ab,cd;;ef"), func(r rune) bool { return r == ',' || r == ';' }) {
		fmt.Printf("bytes func: %s\n", p)
	}

	_, err := f(42)
	wrapped := fmt.Errorf("calling f: %w", err)
	if ae, ok := errors.AsType[*argError](wrapped); ok {
		fmt.Println(ae.arg, ae.message)
	}
	_, ok := errors.AsType[*argError](errors.New("plain"))
	fmt.Println("plain is an argError:", ok)
}
