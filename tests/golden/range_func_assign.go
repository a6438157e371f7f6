package main

import "fmt"

// A range over a function that assigns to existing variables: they keep the last values.
func pairs(yield func(int, string) bool) {
	_ = yield(1, "a") && yield(2, "b") && yield(3, "c")
}

func main() {
	var k int
	var v string
	for k, v = range pairs {
		if k == 2 {
			break
		}
	}
	fmt.Println(k, v)
	for k = range pairs {
	}
	fmt.Println(k)
}
