// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	b := []byte("x")
	for {
		b = append(b, b...)
	}
}
