package main

import (
	"fmt"
	"os"
	"text/template"
)

type T struct {
	Name   string
	secret int
	P      *T
}

func (t T) Hello(n int) string { return fmt.Sprint("hello ", n) }

func main() {
	bad := []string{
		"{{foo}}",
		"{{.Name",
		"{{if .}}x",
		"{{end}}",
		"{{else}}",
		"{{range .}}{{else}}{{else}}{{end}}",
		"{{$x}}",
		"{{template .}}",
		"{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}",
		"{{1 | 2}}",
		"{{.X | 3}}",
		"{{break}}",
		"line1\n{{if}}\n",
		"{{\"abc}}",
		"{{'a}}",
		"{{3x}}",
		"{{.A.}}",
		"{{(1}}",
		"{{1)}}",
		"{{/* unclosed",
		"{{$x := 1 2 := 3}}",
		"{{.Name |}}",
		"{{with $x, $y := .}}{{end}}",
		"{{range $a, $b, $c := .}}{{end}}",
		"a\nb\n{{.X\n\n}}",
		"{{3 .X}}",
		"{{@}}",
		"{{true.X}}",
	}
	for i, s := range bad {
		_, err := template.New(fmt.Sprint("p", i)).Parse(s)
		fmt.Println(err)
	}
	run := func(name, text string, data any) {
		t, err := template.New(name).Parse(text)
		if err != nil {
			fmt.Println("parse:", err)
			return
		}
		err = t.Execute(os.Stdout, data)
		fmt.Println()
		fmt.Println("->", err)
	}
	v := T{Name: "n"}
	run("e1", "{{.Foo}}", v)
	run("e2", "ok {{.secret}}", v)
	run("e3", "{{.Name 1}}", v)
	run("e4", "{{.Hello}}", v)
	run("e5", "{{.Hello \"x\"}}", v)
	run("e6", "{{.Hello 1 2}}", v)
	run("e7", "{{.P.Name}}", v)
	run("e8", "{{template \"zz\"}}", v)
	run("e9", "{{index .Name 10}}", v)
	run("e10", "{{len 3}}", v)
	run("e11", "{{lt 1 \"a\"}}", v)
	run("e12", "{{range 5}}{{end}}", v)
	run("e13", "{{nil}}", v)
	run("e14", "{{.Name.X}}", v)
	run("e15", "{{.}}", map[string]int{"a": 1})
	run("e16", "{{.a}} {{.b}}", map[string]int{"a": 1})
	run("e17", "{{index . \"b\"}}", map[string]int{"a": 1})
	run("e18", "x\n  {{.Hello 2}} {{.Nope}}", &v)
	run("e19", "{{printf \"%d\" .Name}}", v)
	run("e20", "{{eq .Name 1}}", v)
	t := template.Must(template.New("mk").Option("missingkey=error").Parse("{{.a}} {{.b}}"))
	fmt.Println(t.Execute(os.Stdout, map[string]int{"a": 1}))
	t = template.Must(template.New("mz").Option("missingkey=zero").Parse("{{.a}} {{.b}}\n"))
	t.Execute(os.Stdout, map[string]int{"a": 1})
	var empty *template.Template = template.New("empty")
	fmt.Println(empty.Execute(os.Stdout, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	template.Must(template.New("must").Parse("{{nope}}"))
}
