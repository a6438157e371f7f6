// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
// stdout-prefix: line 0
package main

import "fmt"

func main() {
	for i := 0; ; i++ {
		fmt.Println("line", i)
	}
}
