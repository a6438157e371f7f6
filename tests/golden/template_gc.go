package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Row struct {
	ID   int
	Tags []string
}

func (r *Row) Pad() string { return strings.Repeat("x", 200) + fmt.Sprint(r.ID) }

type Temp struct{ C int }

func (t *Temp) String() string { return fmt.Sprintf("%d°", t.C) }

type Shelf struct{ Temps []Temp }

func main() {
	rows := make([]*Row, 20000)
	for i := range rows {
		rows[i] = &Row{ID: i, Tags: []string{fmt.Sprint("t", i)}}
	}
	t := template.Must(template.New("gc").Funcs(template.FuncMap{
		"junk": func(n int) []string { return make([]string, n) },
	}).Parse(`{{range .}}{{$p := .Pad}}{{$j := junk 100}}{{if eq (len $p) 205}}{{.ID}}{{range .Tags}}{{.}}{{end}}{{end}}{{end}}`))
	var sb strings.Builder
	if err := t.Execute(&sb, rows); err != nil {
		fmt.Println(err)
	}
	s := sb.String()
	fmt.Println(len(s), s[:40], s[len(s)-20:])
	sh := Shelf{Temps: []Temp{{20}, {25}}}
	template.Must(template.New("p").Parse("{{range .Temps}}{{.}} {{end}}\n")).Execute(&sb, sh)
	fmt.Println(sb.String()[len(s):])
}
