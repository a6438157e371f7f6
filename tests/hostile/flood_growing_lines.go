// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
package main

import "fmt"

func main() {
	s := "a"
	for {
		fmt.Println(s)
		s += "a"
	}
}
