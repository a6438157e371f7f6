// Grow with a negative count panics with the type's name; the traceback shows the Grow
// frame as Go's does.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var b bytes.Buffer
		b.Grow(-1)
	}()
	var sb strings.Builder
	sb.WriteString("x")
	sb.Grow(-5)
}
