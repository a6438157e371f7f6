// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
// stdout-prefix: working...
package main

import "fmt"

func main() {
	fmt.Print("working...")
	for {
	}
}
