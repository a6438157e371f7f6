package main

import (
	"bytes"
	"fmt"
	"os"
	"text/template"
)

type S string

func (s S) String() string { return "str\xfe" + string(s) }

func main() {
	bad := "a\xffb\xc0"
	t := template.Must(template.New("t").Parse("{{.}}|{{printf \"%s\" .}}|{{print .}}|{{.| printf \"%q\"}}|{{html .}}|{{urlquery .}}\xfd\n"))
	t.Execute(os.Stdout, bad)
	t.Execute(os.Stdout, S("w"))
	t2 := template.Must(template.New("t2").Parse("{{range .}}[{{.}}]{{end}}\n"))
	t2.Execute(os.Stdout, []string{bad, "ok"})
	var out bytes.Buffer
	t.Execute(&out, bad)
	fmt.Println(out.Len(), out.Bytes())
	t3 := template.Must(template.New("t3").Parse(`{{define "x"}}<{{.}}>{{end}}{{template "x" .}}` + "\xfe\n"))
	t3.Execute(os.Stdout, []byte(bad))
}
