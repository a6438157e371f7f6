// unsafe.Sizeof, Alignof and Offsetof are constants from Go's 64-bit layout: padding,
// a trailing zero-size field, embedded structs, arrays of them.
package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a, c bool
	b    int64
}

type Inner struct {
	X int32
	Y string
}

type Outer struct {
	Flag byte
	Inner
	Z []int
	P *Inner
	E struct{}
}

type Celsius float64

const size = unsafe.Sizeof(int32(0))

func main() {
	var a A
	var b B
	fmt.Println(unsafe.Sizeof(a), unsafe.Sizeof(b), unsafe.Alignof(a), size)
	fmt.Println(unsafe.Offsetof(a.b), unsafe.Offsetof(a.c), unsafe.Offsetof(b.b))
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.Y), unsafe.Offsetof(o.Z), unsafe.Offsetof(o.E))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(1)), unsafe.Sizeof([3]int16{}))
	fmt.Println(unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof(true), unsafe.Sizeof(complex64(1)), unsafe.Alignof(complex64(1)))
	var c Celsius
	p := &o
	fmt.Println(unsafe.Sizeof(c), unsafe.Sizeof(p), unsafe.Offsetof(p.X), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(struct {
		a int64
		b struct{}
	}{}))
	fmt.Printf("%T %v\n", unsafe.Sizeof(a), unsafe.Sizeof(a) == 24)
	var arr [unsafe.Sizeof(a)]byte
	fmt.Println(len(arr))
}
