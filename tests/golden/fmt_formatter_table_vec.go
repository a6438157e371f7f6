package main

import (
	"fmt"
	"os"
	"strings"
)

type Table struct {
	Headers []string
	Rows    [][]string
}

func (t Table) Format(f fmt.State, verb rune) {
	widths := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		widths[i] = len(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				fmt.Fprint(f, " | ")
			}
			if verb == 'v' && f.Flag('-') {
				fmt.Fprintf(f, "%-*s", widths[i], c)
			} else {
				fmt.Fprintf(f, "%*s", widths[i], c)
			}
		}
		fmt.Fprintln(f)
	}
	line(t.Headers)
	sep := make([]string, len(widths))
	for i, w := range widths {
		sep[i] = strings.Repeat("-", w)
	}
	line(sep)
	for _, r := range t.Rows {
		line(r)
	}
}

type Hex []byte

func (h Hex) Format(f fmt.State, c rune) {
	if p, ok := f.Precision(); ok && p < len(h) {
		h = h[:p]
	}
	for i, b := range h {
		if i > 0 && f.Flag(' ') {
			f.Write([]byte{' '})
		}
		fmt.Fprintf(f, "%02x", b)
	}
}

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 2
	}
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "(%.*f, %.*f)", prec, v.X, prec, v.Y)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

func main() {
	t := Table{[]string{"name", "qty"}, [][]string{{"apple", "3"}, {"kiwi", "12"}}}
	fmt.Print(t)
	fmt.Printf("%-v", t)
	fmt.Fprintf(os.Stdout, "%v", t)
	fmt.Printf("%v|% v|%.2v|%x\n", Hex{1, 2, 255}, Hex{1, 2}, Hex{9, 8, 7}, Hex{0xab})
	fmt.Println(Vec{1, 2}, []Vec{{3, 4}})
	fmt.Printf("%v %.0v %s %d %.4s\n", Vec{1.5, 2.25}, Vec{1.5, 2.5}, Vec{0, 0}, Vec{}, Vec{1, 1})
	s := fmt.Sprintf("%6v|%-6v|", Vec{}, Vec{})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(Vec{}, Vec{}), fmt.Sprintln(Vec{}, 1))
	m := map[string]Vec{"b": {1, 1}, "a": {0, 0}}
	fmt.Printf("%v %.1v\n", m, m)
	var p *Vec
	fmt.Printf("%v %v\n", p, &Vec{7, 8})
}
