// goto runs (this line keeps the line numbers).
// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	n := 0
loop:
	n++
	goto loop
}
