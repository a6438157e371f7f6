// A learner's compile error: wrong number of return values.
package main

func f() (int, error) {
	return 1
}

func g() int {
	return 1, nil
}

func main() {
	f()
	g()
}
