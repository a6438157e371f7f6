package main

import (
	"fmt"
	"iter"
)

func FromChan[T any](c <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

func ToChan[T any](seq iter.Seq[T]) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for v := range seq {
			c <- v
		}
	}()
	return c
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	for v := range FromChan(ToChan(Count(5))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range Enumerate(FromChan(ToChan(Count(100)))) {
		if i == 3 {
			break
		}
		fmt.Println(i, v*10)
	}
	next, stop := iter.Pull(Count(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	fmt.Println(next())
}
