// limit: output
// exit: 1
// stderr: gopark: output limit of 64KiB reached
// stdout-prefix: 0000 0.000
package main

import "fmt"

func main() {
	for i := 0; ; i++ {
		fmt.Printf("%04d %.3f %q %v\n", i, float64(i)/7, "s", []int{i})
	}
}
