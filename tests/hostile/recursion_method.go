// limit: stack
// exit: 2
// stderr: runtime: goroutine stack exceeds 1048576-byte limit
// stderr-has: fatal error: stack overflow
package main

type T struct{ depth int }

func (t *T) Down() int {
	t.depth++
	return t.Down()
}

func main() {
	t := &T{}
	println(t.Down())
}
