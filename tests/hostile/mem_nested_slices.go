// limit: heap
// exit: 2
// stderr: fatal error: runtime: out of memory
package main

func main() {
	var grid [][]int
	for {
		grid = append(grid, make([]int, 1<<12))
	}
}
