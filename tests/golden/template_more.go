package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name   string
	Admin  bool
	Emails []string
	Prefs  map[string]any
	Boss   *User
	Score  float64
	Nick   *string
}

func (u User) Greeting(greet string, times int) string {
	return strings.Repeat(greet+" ", times) + u.Name
}

func (u User) Err() (string, error) { return "", errors.New("boom") }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	boss := &User{Name: "Ada", Admin: true}
	nick := "bobby"
	u := User{
		Name: "Bob", Emails: []string{"b@x.org", "bob@y.org"}, Boss: boss, Score: 7.25, Nick: &nick,
		Prefs: map[string]any{"theme": "dark", "size": 3, "nested": map[string]int{"k": 9}},
	}
	const text = `{{/* variables and scopes */ -}}
{{$name := .Name}}{{with .Boss}}{{$name}} reports to {{.Name}} (root {{$.Name}}){{end}}
{{with .Nobody}}has{{else with .Boss}}boss {{.Name}}{{else}}none{{end}}
{{range $i, $e := .Emails}}{{if $i}}, {{end}}{{$i}}:{{$e}}{{end}}
{{range .Emails}}{{if eq . "b@x.org"}}{{continue}}{{end}}{{.}}{{break}}{{end}}
{{.Prefs.theme}} {{.Prefs.size}} {{.Prefs.nested.k}} {{index .Prefs "nested" "k"}} {{len .Prefs}}
{{.Greeting "hi" 2}} {{.Boss.Greeting "yo" 1}} {{.Score}} {{printf "%08.3f" .Score}} {{.Nick}}
{{1.5}} {{1e3}} {{'a'}} {{0x10}} {{-7}} {{0b101}} {{1_000}} {{true}} {{"s"}} {{nil | print}}
{{slice "abcdef" 1 3}} {{slice .Emails 1}} {{index "abc" 1}} {{len "héllo"}}
{{printf "%T %T %T" 1 1.0 "x"}} {{print .Emails}} {{println}}{{.Boss}}
{{and 1 0 2}} {{and 1 2}} {{or 0 "" "x"}} {{or 0 ""}} {{not 0}} {{not "a"}}
{{eq 1 1.0 | not}} {{eq .Name "Bob"}} {{ne .Score 7.25}} {{lt -1 3}} {{ge "b" "a"}}
{{range $k, $v := .Level}}{{$k}}={{$v}} {{end}}
`
	data := map[string]any{}
	_ = data
	t := template.Must(template.New("more").Parse(text))
	err := t.Execute(os.Stdout, u)
	fmt.Println("\nerr:", err)

	levels := map[Level]int{2: 5, 0: 1, 1: 3}
	template.Must(template.New("lv").Parse("{{range $k, $v := .}}{{$k}}={{$v}} {{end}}\n")).Execute(os.Stdout, levels)
	nums := map[int]string{10: "ten", -1: "minus", 3: "three"}
	template.Must(template.New("nm").Parse("{{range $k, $v := .}}{{$k}}:{{$v}} {{end}}{{index . 3}}|{{index . 4}}|\n")).Execute(os.Stdout, nums)
	fmt.Println(template.Must(template.New("er").Parse("x{{.Err}}y")).Execute(os.Stdout, u))
	var sb strings.Builder
	tt := template.New("root")
	template.Must(tt.New("a").Parse(`A({{template "b" .}})`))
	template.Must(tt.New("b").Parse(`B{{.}}`))
	template.Must(tt.Parse(`{{template "a" 1}} {{template "b" 2}}`))
	tt.Execute(&sb, nil)
	fmt.Println(sb.String(), tt.Lookup("a").Name())
	d := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}} <<- printf \"%q\" . ->> !\n"))
	d.Execute(os.Stdout, "v")
	var nilMap map[string]int
	template.Must(template.New("n").Parse("{{.}} {{len .}} {{range .}}x{{else}}empty{{end}} {{.missing}}\n")).Execute(os.Stdout, nilMap)
	template.Must(template.New("b").Parse("{{.}} {{printf \"%s\" .}}\n")).Execute(os.Stdout, []byte("hi"))
}
