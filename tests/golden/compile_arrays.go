package main

// Compile errors about arrays, in gc's words.
func main() {
	a := [3]int{}
	_ = a[5]
	b := [2]int{1, 2, 3}
	var c [...]int
	d := [2][]int{}
	_ = d == d
	f := func() [3]int { return a }
	_ = f()[:]
	n := 3
	var e [n]int
	var g [-1]int
	_, _, _, _ = b, c, e, g
}
