package main

import "fmt"

// Range over functions (Go 1.23 iterators): a recursive tree walk, zero-, one- and
// two-value yields, break and continue (also of inner loops), per-iteration variables
// captured by closures, nested iterator loops.
type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func Count(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func main() {
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{nil, nil, 3}, nil, 4}, 2}
	sum := 0
	for v := range t.All {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)
	n := 0
	for range Count(4) {
		n++
	}
	fmt.Println("count", n)
	var fs []func() int
	for i, s := range Pairs([]string{"a", "b", "c", "d"}) {
		if i == 1 {
			continue
		}
		if s == "d" {
			break
		}
		for j := 0; j < 5; j++ {
			if j == 2 {
				break
			}
			fmt.Print(s, j, " ")
		}
		fs = append(fs, func() int { return i })
	}
	fmt.Println()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for a := range t.All {
		for b := range t.All {
			if b > a {
				break
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
}
