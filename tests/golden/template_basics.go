package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func (i *Item) Label(prefix string) string { return prefix + ":" + i.Name }

type Order struct {
	ID    int
	Items []*Item
	Meta  map[string]string
	Note  *string
}

func main() {
	o := Order{
		ID: 7,
		Items: []*Item{
			{Name: "pen", Price: 1.5, Qty: 4, Tags: []string{"office", "cheap"}},
			{Name: "book", Price: 12, Qty: 1},
		},
		Meta: map[string]string{"b": "two", "a": "one", "c": "three"},
	}
	const text = `Order {{.ID}}:
{{range $i, $it := .Items -}}
  {{$i}}. {{$it.Name}} x{{.Qty}} = {{printf "%.2f" .Total}} {{.Label "item"}}
  {{- if .Tags}} tags:{{range .Tags}} {{.}}{{end}}{{else}} (no tags){{end}}
{{end -}}
{{with .Meta}}meta: {{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{end}}
{{- /* a comment */ -}}
{{$n := len .Items}}
count={{$n}} {{if eq $n 2}}two{{else if eq $n 3}}three{{else}}many{{end}}
{{if and .Items (not .Note)}}no note{{end}} {{or .Note "fallback"}}
{{index .Meta "a"}} {{index .Items 1 | printf "%v"}} {{(index .Items 0).Name}}
{{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1.5 2.5}} {{ne 1 2}} {{eq "x" "y" "x"}}
{{print 1 2 "a" "b" 3}}|{{println "x" 4}}|{{printf "%d-%s" 5 "five"}}
{{html "<a href='x'>&</a>"}} {{js "it's \"q\" <b>"}} {{urlquery "a b&c=d"}}
{{"quoted" | printf "%q"}} {{3 | printf "%d %s" "x"}}
{{$x := 1}}{{range .Items}}{{$x = 2}}{{end}}x={{$x}}
{{range .Missing}}never{{else}}empty range{{end}}
{{.Meta.a}} {{.Meta.zzz}}
`
	t := template.Must(template.New("order").Parse(text))
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}

	var sb strings.Builder
	t2 := template.Must(template.New("x").Parse(`{{define "T"}}Hello, {{.}}!{{end}}{{template "T" "world"}} {{template "T" 42}}`))
	t2.Execute(&sb, nil)
	fmt.Println(sb.String())
	var buf bytes.Buffer
	if err := t2.ExecuteTemplate(&buf, "T", "buffer"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.String())
	fmt.Println(t2.ExecuteTemplate(&buf, "nope", nil))
	fmt.Println(t2.Name(), t2.Lookup("T").Name(), t2.Lookup("zz") == nil)

	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"join":  func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"fail": func() (string, error) { return "", fmt.Errorf("it failed") },
	}
	t3 := template.Must(template.New("f").Funcs(funcs).Parse(
		`{{upper "shout"}} {{add 2 3}} {{join "-" "a" "b" "c"}} {{"low" | upper}} {{add 1 (add 2 3)}}` + "\n"))
	t3.Execute(os.Stdout, nil)
	err := template.Must(template.New("g").Funcs(funcs).Parse(`before {{fail}} after`)).Execute(os.Stdout, nil)
	fmt.Println()
	fmt.Println("err:", err)

	trim := template.Must(template.New("trim").Parse("a  {{- 1 -}}  b {{2}}  {{- 3}}\n"))
	trim.Execute(os.Stdout, nil)
	var nilp *Item
	template.Must(template.New("nilp").Parse("{{.}}\n")).Execute(os.Stdout, nilp)
	template.Must(template.New("ptr").Parse("{{.}} {{.Name}}\n")).Execute(os.Stdout, o.Items[1])
}
