// exit: 1
// stderr: prog.go:6:7: cannot use 0x7fffffff + 'a' - 'a' + 1 (untyped rune constant 2147483648) as rune value in assignment (overflows)
package main

func main() {
	r := 0x7fffffff + 'a' - 'a' + 1
	println(r)
}
