// limit: time
// exit: 1
// stderr: gopark: time limit of 1s reached
package main

func main() {
	x := 0
	for {
		x++
	}
}
