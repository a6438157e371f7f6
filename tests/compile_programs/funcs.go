package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func apply(f func(int) int, x int) int { return f(x) }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func makeAdder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(fib(20))
	fmt.Println(apply(func(x int) int { return x * x }, 7))
	fmt.Println(sum3(three()))
	add5 := makeAdder(5)
	fmt.Println(add5(10), makeAdder(-1)(1))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	f := fib
	fmt.Println(f(10))
	var nilf func()
	fmt.Println(nilf == nil, f != nil)
}
