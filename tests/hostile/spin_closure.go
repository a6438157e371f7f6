// limit: time
// limits: time=200ms
// exit: 1
// stderr: gopark: time limit of 200ms reached
package main

func main() {
	f := func(n int) int {
		for n >= 0 {
			n = (n + 1) % 10
		}
		return n
	}
	println(f(1))
}
