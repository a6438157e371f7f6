// fmt.Fscan, Fscanln and Fscanf on a strings.Reader and a bytes.Reader (RuneScanners: only what the scan used is taken).
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("10 20\n30 abc")
	var a, b, c int
	fmt.Println(fmt.Fscanln(r, &a, &b))
	fmt.Println(fmt.Fscan(r, &c))
	var s string
	fmt.Println(fmt.Fscanf(r, " %s", &s))
	fmt.Println(a, b, c, s, r.Len())
	br := bytes.NewReader([]byte("1.5 x"))
	var f float64
	fmt.Println(fmt.Fscan(br, &f, &s))
	fmt.Println(f, s)
}
