// limit: stack
// exit: 2
// stderr: panic: gopark: template execution nested this deep (blocks within templates called from templates) is not supported yet
package main

import (
	"os"
	"text/template"
)

// A template that calls itself forever: Go stops it at 100000 calls with an error; the
// walk recurses on the M's stack, so gopark stops it sooner, with its own message.
func main() {
	t := template.Must(template.New("r").Parse(`{{define "r"}}{{with .}}{{template "r" .}}{{end}}{{end}}`))
	t.ExecuteTemplate(os.Stdout, "r", 1)
}
