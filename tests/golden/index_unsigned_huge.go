package main

import (
	"fmt"
	"math"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	str := "abc"
	var u uint = math.MaxUint64
	var u64 uint64 = 1 << 63
	var up uintptr = 1<<64 - 2
	var u32 uint32 = math.MaxUint32
	var i64 int64 = -1
	try("slice", func() { _ = s[u] })
	try("array", func() { _ = a[u64] })
	try("string", func() { _ = str[up] })
	try("store", func() { s[u] = 1 })
	try("array store", func() { a[u64]++ })
	try("addr", func() { _ = &s[u] })
	try("u32", func() { _ = s[u32] })
	try("signed", func() { _ = s[i64] })
	try("slice hi", func() { _ = s[:u] })
	try("slice lo", func() { _ = s[u:] })
	try("slice max", func() { _ = s[0:1:u] })
	try("slice lo hi", func() { _ = s[u64:u] })
	try("string lo", func() { _ = str[up:] })
	try("string hi", func() { _ = str[:up] })
	try("array hi", func() { _ = a[1:u] })
	try("ok", func() { fmt.Println(s[uint(1)], s[uint64(2):], str[uint(1):uint64(2)]) })
	m := [][]int{{1}}
	try("nested", func() { m[0][u] = 2 })
	_ = s[u]
}
