// limit: stack
// exit: 0
// stdout-prefix: template: p:1: gopark: actions nested more than 100 deep are not supported yet
package main

import (
	"fmt"
	"strings"
	"text/template"
)

// Thousands of nested parentheses and blocks: the parser recurses, so gopark refuses
// texts nested more than 100 deep with a parse error (Go parses them).
func main() {
	n := 5000
	_, err := template.New("p").Parse("{{" + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "}}")
	fmt.Println(err)
	_, err = template.New("q").Parse(strings.Repeat("{{if 1}}", n) + strings.Repeat("{{end}}", n))
	fmt.Println(err)
}
