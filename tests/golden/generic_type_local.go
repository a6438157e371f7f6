package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	type Node[T any] struct {
		v    T
		next *Node[T]
	}
	var head *Node[int]
	for i := 3; i > 0; i-- {
		head = &Node[int]{v: i, next: head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	type Msg[T any] struct {
		From string
		Body T
	}
	ch := make(chan Msg[[]string])
	done := make(chan struct{})
	go func() {
		for m := range ch {
			fmt.Println(m.From, Map(m.Body, func(s string) int { return len(s) }))
		}
		close(done)
	}()
	ch <- Msg[[]string]{"ann", []string{"a", "bb"}}
	ch <- Msg[[]string]{From: "bob", Body: []string{"ccc"}}
	close(ch)
	<-done
	type Set[K comparable] map[K]struct{}
	s := Set[string]{}
	s["x"] = struct{}{}
	fmt.Printf("%v %T %d\n", s, s, len(s))
	{
		type Node[T any] []T
		fmt.Printf("%T\n", Node[bool]{true})
	}
}
