// An undefined flag: Go prints the error and the usage on standard error and exits with
// status 2.
package main

import (
	"flag"
	"fmt"
)

func main() {
	verbose := flag.Bool("v", false, "verbose output")
	level := flag.Int("level", 3, "compression `level`")
	out := flag.String("o", "out.txt", "output file")
	flag.Parse()
	fmt.Println("not reached", *verbose, *level, *out)
}
