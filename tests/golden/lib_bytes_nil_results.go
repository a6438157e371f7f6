// Which bytes results are nil: Trim, TrimLeft and TrimSpace give nil when nothing is left
// (TrimRight an empty slice), Cut's after is nil when sep is not there, and the Func forms
// follow TrimLeftFunc.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	sp := []byte(" \xff ")
	all := func(rune) bool { return true }
	fmt.Println(bytes.TrimSpace([]byte("  ")) == nil, bytes.TrimSpace([]byte{}) == nil)
	fmt.Println(bytes.Trim(sp, " \xff") == nil, bytes.TrimLeft(sp, " \x80") == nil,
		bytes.TrimRight(sp, " \xff") == nil, bytes.Trim([]byte{}, "") == nil)
	fmt.Println(bytes.TrimFunc(sp, all) == nil, bytes.TrimLeftFunc(sp, all) == nil,
		bytes.TrimRightFunc(sp, all) == nil)
	for _, sep := range []string{"x", "\xff", " "} {
		before, after, found := bytes.Cut(sp, []byte(sep))
		fmt.Printf("%q %q %v %v %v\n", before, after, found, before == nil, after == nil)
	}
	before, after, found := bytes.Cut(sp, []byte(" \xff "))
	fmt.Printf("%q %q %v %v %v\n", before, after, found, before == nil, after == nil)
	fmt.Printf("%q %v\n", bytes.TrimSpace(sp), bytes.TrimSpace(sp) == nil)
}
