package main

import "fmt"

// %x of strings and byte slices is one formatter in Go (fmtSbx): flags act the same on both.
func main() {
	s := "hi\xff"
	b := []byte("ok!")
	fmt.Printf("%x %X % x %#x % #x|%x %#x % x %# X\n", s, s, s, s, s, b, b, b, b)
	fmt.Printf("%x %#x\n", "", []byte{})
}
