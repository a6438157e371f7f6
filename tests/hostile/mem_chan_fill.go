// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	ch := make(chan string, 1<<20)
	for i := 0; ; i++ {
		ch <- string(make([]byte, 1024))
	}
}
