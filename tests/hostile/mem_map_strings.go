// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

import "fmt"

func main() {
	m := map[string]string{}
	pad := "y"
	for len(pad) < 1000 {
		pad += pad
	}
	for i := 0; ; i++ {
		k := fmt.Sprint(i)
		m[k] = pad + k
	}
}
