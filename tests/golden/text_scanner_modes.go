package main

import (
	"fmt"
	"strings"
	"text/scanner"
	"unicode"
)

const src = `// a comment
x := 3.14 + y*0x1F /* block
comment */ "str\n" 'c' ` + "`raw\nstring`" + `
  if a >= 10 { café = .5e3; n = 1_000 } 0b101 0o17 017 1e+5 1.
`

func dump(s *scanner.Scanner) {
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s\t%-10s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println("end", s.Pos(), s.ErrorCount)
}

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	dump(&s)

	s.Init(strings.NewReader(src))
	s.Mode ^= scanner.SkipComments
	dump(&s)

	s.Init(strings.NewReader("a+b 12.5 x.y"))
	s.Mode = scanner.ScanIdents | scanner.ScanInts
	dump(&s)

	s.Init(strings.NewReader("a b\tc\nd"))
	s.Whitespace ^= 1<<'\t' | 1<<' '
	dump(&s)

	s.Init(strings.NewReader("%var1 var2%"))
	s.IsIdentRune = func(ch rune, i int) bool {
		return ch == '%' && i == 0 || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
	}
	dump(&s)

	s.Init(strings.NewReader("'ab' \"unterminated\n 'x"))
	s.Error = func(s *scanner.Scanner, msg string) {
		fmt.Println("error:", s.Pos(), msg)
	}
	dump(&s)

	s.Init(strings.NewReader("héllo\nwörld"))
	for ch := s.Next(); ch != scanner.EOF; ch = s.Next() {
		fmt.Printf("%c@%v/%v ", ch, s.Pos(), s.Peek())
	}
	fmt.Println()
	fmt.Println(scanner.TokenString(scanner.Ident), scanner.TokenString('+'), scanner.TokenString(scanner.EOF), scanner.TokenString('\n'))
	var p scanner.Position
	fmt.Println(p.IsValid(), p, p.String())
	p = scanner.Position{Filename: "f.go", Line: 3, Column: 7}
	fmt.Println(p.IsValid(), p)
	fmt.Println(scanner.GoTokens, scanner.GoWhitespace, scanner.ScanFloats, scanner.Comment)
}
