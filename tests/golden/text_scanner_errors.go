package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader("x = 'ab' + \"open\ny /* never closed"))
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Println(s.Position.Line, s.Line, s.Column, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println(s.ErrorCount)
	fmt.Printf("%T %T\n", s, s.Position)
	fmt.Println(s.TokenText() == "", s.Scan() == scanner.EOF)
	var t scanner.Scanner
	t.Init(strings.NewReader("  abc"))
	fmt.Println(t.Pos(), t.Peek(), t.Pos())
	t.Scan()
	fmt.Println(t.Pos(), t.Position, t.TokenText())
}
