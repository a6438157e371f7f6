// gap: package strings
// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "strings"

func main() {
	s := strings.Repeat("ab", 1<<40)
	println(len(s))
}
