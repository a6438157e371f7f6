// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	var s []int
	for i := 0; ; i++ {
		s = append(s, i)
	}
}
