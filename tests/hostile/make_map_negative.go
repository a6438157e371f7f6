// stderr: 0
package main

func main() {
	n := -1
	m := make(map[int]int, n)
	println(len(m))
}
