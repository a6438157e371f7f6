package main

import (
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
	"time"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("naturals cleaned up")
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func FromChan[T any](c <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	for n, s := range Zip(Naturals(), slices.Values([]string{"a", "b", "c"})) {
		fmt.Println(n, s)
	}
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines after zip:", runtime.NumGoroutine())

	m := map[string]int{"x": 1}
	next, stop := iter.Pull2(maps.All(m))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	k, v, ok = next()
	fmt.Printf("%q %v %v\n", k, v, ok)
	stop()
	stop()
	fmt.Println(next())

	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i * i
		}
		close(c)
	}()
	nc, sc := iter.Pull(FromChan(c))
	for {
		v, ok := nc()
		if !ok {
			break
		}
		fmt.Println("from chan", v)
	}
	sc()
	n2, s2 := iter.Pull(Naturals())
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	fmt.Println(n2())
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
}
