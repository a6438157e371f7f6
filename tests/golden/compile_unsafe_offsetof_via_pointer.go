package main

import (
	"fmt"
	"unsafe"
)

type S struct{ A int }

type T struct {
	*S
	B bool
}

func main() {
	var t T
	fmt.Println(unsafe.Offsetof(t.B))
	fmt.Println(unsafe.Offsetof(t.A))
}
