// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
package main

import "fmt"

func main() {
	s := "x"
	for len(s) < 1<<20 {
		s += s
	}
	fmt.Println(s)
}
