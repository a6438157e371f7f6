package main

// What a range over a function may not do, in gc's words.
func seq(yield func(int) bool) {
	_ = yield(1) && yield(2)
}

func main() {
	for a, b := range seq {
		_, _ = a, b
	}
	var bad func(int)
	for range bad {
	}
	var none func(func() bool)
	for x := range none {
		_ = x
	}
}
