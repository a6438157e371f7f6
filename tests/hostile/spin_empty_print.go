// limit: time
// limits: time=20ms
// exit: 1
// stderr: gopark: time limit of 20ms reached
package main

import "fmt"

func main() {
	for {
		fmt.Print("")
	}
}
