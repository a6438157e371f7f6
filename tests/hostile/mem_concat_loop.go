// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	chunk := "z"
	for len(chunk) < 1<<18 {
		chunk += chunk
	}
	s := ""
	for {
		s += chunk
	}
}
