package main

import "fmt"

// return inside the body of a range over a function returns from the function around the
// loop (through nested loops, with named results that deferred calls see), and the
// iterator's own deferred calls run first.
func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(n, want int) (int, bool) {
	for v := range seq(n) {
		if v == want {
			return v * 10, true
		}
	}
	return -1, false
}

func nested() string {
	for a := range seq(3) {
		for b := range seq(3) {
			if a+b == 3 {
				return fmt.Sprint("found ", a, b)
			}
		}
	}
	return "none"
}

type P struct{ X int }

func firstBig(ps []P) (p P, err error) {
	defer func() { fmt.Println("deferred sees", p) }()
	for q := range func(yield func(P) bool) {
		for _, x := range ps {
			if !yield(x) {
				return
			}
		}
	} {
		if q.X > 1 {
			return q, nil
		}
	}
	return P{}, fmt.Errorf("none")
}

func noResults() {
	for v := range seq(5) {
		if v == 1 {
			fmt.Println("leaving at", v)
			return
		}
	}
	fmt.Println("not reached")
}

func main() {
	fmt.Println(find(5, 3))
	fmt.Println(find(2, 3))
	fmt.Println(nested())
	fmt.Println(firstBig([]P{{1}, {2}, {3}}))
	fmt.Println(firstBig(nil))
	noResults()
}
