// exit: 2
// stderr: panic: assignment to entry in nil map
package main

func main() {
	var m map[string]int
	m["a"] = 1
}
