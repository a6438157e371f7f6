package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Digit", unicode.Digit}, {"Number", unicode.Number},
		{"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Space", unicode.Space},
		{"Punct", unicode.Punct}, {"White_Space", unicode.White_Space},
	}
	for _, r := range "aZé9 \t\n!?.,;$+_-中Ωж٣½\u00a0\u3000" {
		fmt.Printf("%q:", r)
		for _, t := range tables {
			if unicode.Is(t.t, r) {
				fmt.Print(" ", t.name)
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.In('x', unicode.Digit, unicode.Letter), unicode.In('x', unicode.Digit, unicode.Punct), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Lu, unicode.Nd}, '7'))
	fmt.Println(unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.Upper == unicode.Lower)
	count := 0
	for _, r := range "Hello, 世界! 123" {
		if unicode.In(r, unicode.L, unicode.N) {
			count++
		}
	}
	fmt.Println(count)
}
