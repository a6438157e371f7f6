// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "fmt"

func main() {
	var s []int
	for {
		s = append(s, make([]int, 1<<20)...)
		fmt.Print("")
	}
}
