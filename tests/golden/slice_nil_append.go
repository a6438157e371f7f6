// Appending to nil slices, in a function and from goroutines over a channel.
package main

import "fmt"

func collect(ch <-chan int) []int {
	var out []int
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	var s []string
	fmt.Println(s == nil, len(s), s)
	s = append(s, "first")
	fmt.Println(s == nil, len(s), s)
	s = s[:0]
	fmt.Println(s == nil, len(s), s)
	s = nil
	fmt.Println(s == nil, len(s), s)
	var t []string
	t = append(t, s...)
	fmt.Println(t == nil, len(t))

	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i * 3
		}
		close(ch)
	}()
	got := collect(ch)
	fmt.Println(got, len(got))
	var ns [][]int
	ns = append(ns, nil, []int{1})
	fmt.Println(ns, ns[0] == nil, len(ns))
}
