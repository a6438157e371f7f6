package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	err := errors.New("x")
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { var s string; errors.As(err, s) })
	var p *error
	try("nil pointer", func() { errors.As(err, p) })
	try("not an error", func() { var n int; errors.As(err, &n) })
	var q *string
	errors.As(err, &q)
}
