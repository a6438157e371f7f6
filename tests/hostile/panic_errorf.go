// gap: fmt.Errorf
// exit: 2
// stderr: panic: code 7: failed
package main

import "fmt"

func main() {
	panic(fmt.Errorf("code %d: %s", 7, "failed"))
}
