// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "fmt"

func main() {
	s := "x"
	for i := 0; i < 100; i++ {
		s = s + s
	}
	fmt.Println(len(s))
}
