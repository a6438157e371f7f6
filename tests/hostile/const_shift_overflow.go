// exit: 1
// stderr: prog.go:7:13: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
package main

import "fmt"

var x int = 1 << 100

func main() {
	fmt.Println(x)
}
