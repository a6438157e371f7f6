// exit: 1
// stderr: prog.go:6:15: newline in string
package main

func main() {
	println("abc)
}
