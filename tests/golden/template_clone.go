package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

func main() {
	base := template.Must(template.New("layout").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`<{{template "title" .}}|{{block "body" .}}default body{{end}}>` + "\n"))
	template.Must(base.New("title").Parse(`{{up .}}`))

	home := template.Must(base.Clone())
	template.Must(home.New("body").Parse(`home of {{.}}`))
	about := template.Must(base.Clone())
	template.Must(about.Parse(`{{define "body"}}about {{.}}{{end}}`))

	for _, t := range []*template.Template{base, home, about} {
		if err := t.Execute(os.Stdout, "gopher"); err != nil {
			fmt.Println(err)
		}
	}
	var names []string
	for _, t := range home.Templates() {
		names = append(names, t.Name())
	}
	sort.Strings(names)
	fmt.Println(names, home.Lookup("body") != base.Lookup("body"))
	e := template.New("e")
	fmt.Println(len(e.Templates()))
}
