// exit: 1
// stderr: prog.go:5:8: instantiation cycle:
package main

func F[T any](n int) {
	if n > 0 {
		F[*T](n - 1)
	}
}

func main() {
	F[int](3)
}
