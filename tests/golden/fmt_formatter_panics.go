package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"text/template"
)

type Boom struct{ n int }

func (b Boom) Format(f fmt.State, verb rune) {
	fmt.Fprint(f, "partial-")
	if b.n == 1 {
		panic("boom")
	}
	if b.n == 2 {
		panic(errors.New("err boom"))
	}
	var m map[string]int
	m["x"] = 1
}

type NP struct{ v int }

func (p *NP) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "NP=%d", p.v)
}

type Inner struct{ v int }

func (i Inner) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "in(%d,%c)", i.v, verb)
}

type Outer struct{ I Inner }

func (o Outer) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "out[%v|%+v]", o.I, []Inner{o.I, {9}})
	fmt.Println("side effect while formatting", o.I)
}

type T struct{ S string }

func (t T) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "T<%s>", t.S) }

type Both struct{}

func (Both) Format(f fmt.State, verb rune) { f.Write([]byte("F")) }
func (Both) GoString() string               { return "G" }
func (Both) Error() string                  { return "E" }

func main() {
	fmt.Printf("[%v]\n", Boom{1})
	fmt.Printf("[%d]\n", Boom{2})
	fmt.Printf("[%s]\n", Boom{3})
	var np *NP
	fmt.Printf("[%v] [%5v]\n", np, np)
	fmt.Println(Outer{Inner{7}})
	for i := 0; i < 30; i++ {
		s := fmt.Sprintf("%v", Outer{Inner{i}})
		if i%10 == 0 {
			fmt.Println(s)
		}
	}
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println(T{"log"})
	log.Printf("%v", T{"logf"})
	tm := template.Must(template.New("t").Parse("{{.}} {{printf \"%d\" .}}\n"))
	tm.Execute(os.Stdout, T{"tmpl"})
	fmt.Printf("%v %#v %s\n", Both{}, Both{}, Both{})
	e := fmt.Errorf("wrap: %w", Both{})
	fmt.Println(e, errors.Unwrap(e) == Both{})
	var sb strings.Builder
	fmt.Fprint(&sb, T{"sb"}, T{"x"})
	fmt.Println(sb.String())
	done := make(chan string)
	go func() { done <- fmt.Sprint(T{"goroutine"}) }()
	fmt.Println(<-done)
	fmt.Printf("%v\n", [2]T{{"a"}, {"b"}})
	fmt.Printf("%v\n", struct{ t T }{T{"hidden"}})
	fmt.Printf("%v\n", &struct{ A T }{T{"ptr"}})
	var i fmt.Formatter = T{"iface"}
	fmt.Println(i)
}
