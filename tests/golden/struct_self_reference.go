package main

import "fmt"

type N struct {
	V    int
	Self any
	Next *N
}

func main() {
	n := &N{V: 1}
	n.Self = n
	n.Next = n
	s := fmt.Sprint(n)
	fmt.Println(len(s) > 0, n.Next.Next.V)
	var e any = []any{n}
	fmt.Println(len(fmt.Sprint(e)) > 0)
}
