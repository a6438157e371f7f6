// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	rows := make([][]byte, 1<<20)
	for i := range rows {
		rows[i] = make([]byte, 1<<10)
	}
	println(len(rows))
}
