// strconv.Unquote decodes escapes (one decoder shared with text/template and fmt's %q scanning).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `"\u00e9\x41\101"`, `'x'`, `"bad`, `"a"b"`, `""`, `'ab'`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	var q string
	n, err := fmt.Sscanf(`"hi\tthere"`, "%q", &q)
	fmt.Printf("%d %v %q\n", n, err, q)
}
