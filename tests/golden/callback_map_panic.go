package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'x' {
			panic("boom")
		}
		return r + 1
	}, "abx"))
}
