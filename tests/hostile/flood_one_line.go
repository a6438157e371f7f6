// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
// stdout-prefix: xxxx
package main

import "fmt"

func main() {
	for {
		fmt.Print("x")
	}
}
