package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) string { return fmt.Sprintf("%d=%s", n, s) }

func show2(n int) string { return fmt.Sprintf("<%d>", n) }

func main() {
	// recursive closure through a declared variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	// Go 1.22: each iteration has its own i; changes in the body carry to the next iteration
	fs := make(chan func() int, 10)
	for i := 0; i < 6; i++ {
		fs <- func() int { return i }
		i++
	}
	close(fs)
	sum := 0
	for f := range fs {
		sum += f()
	}
	fmt.Println("sum", sum)

	// arguments of a go statement are evaluated when it runs
	out := make(chan string)
	x := 1
	go func(v int) { out <- show2(v) }(x)
	x = 2
	fmt.Println(<-out, x)

	// multiple results passed straight through
	fmt.Println(show(pair()))

	// if with an init statement and a comma-ok receive
	ch := make(chan int, 1)
	ch <- 5
	if v, ok := <-ch; ok {
		fmt.Println("got", v)
	}
	close(ch)
	if v, ok := <-ch; !ok {
		fmt.Println("closed, zero", v)
	} else {
		fmt.Println("unexpected")
	}

	// shadowing
	y := 1
	{
		y := 2
		y++
		_ = y
	}
	if y := 10; y > 5 {
		fmt.Println("inner y", y)
	}
	fmt.Println("outer y", y)

	// short-circuit evaluation
	calls := 0
	t := func(b bool) bool { calls++; return b }
	if t(false) && t(true) {
		fmt.Println("no")
	}
	if t(true) || t(false) {
		fmt.Println("yes")
	}
	fmt.Println("calls", calls)

	// break out of range over int and over a channel
	for i := range 100 {
		if i == 3 {
			fmt.Println("break at", i)
			break
		}
	}
	nums := make(chan int, 5)
	for i := range 5 {
		nums <- i
	}
	close(nums)
	for v := range nums {
		if v == 2 {
			break
		}
	}
	fmt.Println("left in buffer", len(nums))

	// channels compare by identity
	a := make(chan int)
	b := a
	c := make(chan int)
	var nilc chan int
	fmt.Println(a == b, a == c, nilc == nil, a != nil)
}
