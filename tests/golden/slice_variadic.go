// Variadic functions: sum(1, 2, 3), sum(s...), an empty call, a variadic closure in a goroutine.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func label(prefix string, xs ...string) string {
	return fmt.Sprint(prefix, len(xs), xs, xs == nil)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(label("a"), label("b", "x", "y"), label("c", []string{"z"}...))
	f := sum
	fmt.Printf("%T %d\n", f, f(1, 1))
	done := make(chan int)
	go func(xs ...int) { done <- sum(xs...) }(7, 8)
	fmt.Println(<-done)
}
