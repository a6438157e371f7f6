// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "fmt"

func main() {
	var parts []string
	for i := 0; ; i++ {
		parts = append(parts, fmt.Sprintf("%016d", i))
	}
}
