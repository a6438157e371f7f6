package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 's', 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

func (m Money) String() string { return "never called" }

type Dir struct{}

func (Dir) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v", verb, w, wok, p, pok)
	for _, c := range " +-#0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %q", c)
		}
	}
	io.WriteString(f, " "+fmt.FormatString(f, verb)+"]")
}

type stackErr struct {
	msg   string
	cause error
}

func (e *stackErr) Error() string { return e.msg + ": " + e.cause.Error() }
func (e *stackErr) Unwrap() error { return e.cause }
func (e *stackErr) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('+') {
			fmt.Fprintf(s, "%+v\n", e.cause)
			io.WriteString(s, e.msg)
			io.WriteString(s, "\n\tmain.go:42")
			return
		}
		fallthrough
	case 's':
		io.WriteString(s, e.Error())
	case 'q':
		fmt.Fprintf(s, "%q", e.Error())
	}
}

type Pt struct{ X, Y int }

func (p *Pt) Format(f fmt.State, c rune) {
	if p == nil {
		f.Write([]byte("nilpt"))
		return
	}
	f.Write([]byte(fmt.Sprintf("P(%d,%d)", p.X, p.Y)))
}

type Holder struct {
	M    Money
	P    *Pt
	m    Money
	List []Money
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Print(m, m, "\n")
	fmt.Printf("%v|%+v|%s|%d|%x|%q|%T|%8v|\n", m, m, m, m, m, m, m, m)
	s := fmt.Sprint(m)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, m)
	var sb strings.Builder
	fmt.Fprintf(&sb, "<%v>", m)
	fmt.Println(sb.String())
	fmt.Printf("%v\n", Dir{})
	fmt.Printf("%+v %#v %-8.3x % d %08s %+-#0 9.2v\n", Dir{}, Dir{}, Dir{}, Dir{}, Dir{}, Dir{})
	fmt.Printf("%*.*v %-*v\n", 5, 2, Dir{}, -3, Dir{})
	fmt.Println(Dir{})
	fmt.Printf("%[1]v %[1]d\n", Dir{})
	base := errors.New("disk full")
	e := &stackErr{"write failed", base}
	fmt.Printf("%v\n", e)
	fmt.Printf("%s\n", e)
	fmt.Printf("%q\n", e)
	fmt.Printf("%+v\n", e)
	fmt.Println(e)
	err := fmt.Errorf("outer: %w", e)
	fmt.Println(err)
	fmt.Printf("%+v\n", err)
	h := Holder{M: m, P: &Pt{1, 2}, m: m, List: []Money{{1, "X"}, {250, "Y"}}}
	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%d\n", h.List)
	fmt.Println(h.List, []*Pt{{3, 4}, nil})
	fmt.Println(map[string]Money{"a": {5, "E"}})
	var np *Pt
	fmt.Println(np)
	fmt.Printf("%v %s %p\n", np, &Pt{5, 6}, nil)
	fmt.Printf("%#v\n", h)
	var any1 interface{} = m
	fmt.Println(any1)
	fmt.Printf("%v %d\n", []interface{}{m, 3}, []interface{}{m, 3})
	fmt.Printf("%v %v\n", m)
	fmt.Printf("%v\n", m, m)
}
