// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	m := map[int]int{}
	for i := 0; ; i++ {
		m[i] = i
	}
}
