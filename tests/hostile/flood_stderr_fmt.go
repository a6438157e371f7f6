// gap: fmt.Fprintln and os.Stderr
// limit: output
// exit: 1
// stderr: err 0
// stderr-has: gopark: output limit of 64KiB reached
package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; ; i++ {
		fmt.Fprintln(os.Stderr, "err", i)
	}
}
