// A Tour of Go's Equivalent Binary Trees: golang.org/x/tour/tree. tree.New's shape is random,
// so only what does not depend on it is printed: the values in order, Same's answers, types.
package main

import (
	"fmt"

	"golang.org/x/tour/tree"
)

// Walk sends the values of t in order, then closes ch.
func Walk(t *tree.Tree, ch chan int) {
	var walk func(t *tree.Tree)
	walk = func(t *tree.Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

// Same reports whether t1 and t2 hold the same values, walking both at once.
func Same(t1, t2 *tree.Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func size(t *tree.Tree) int {
	if t == nil {
		return 0
	}
	return size(t.Left) + 1 + size(t.Right)
}

func main() {
	ch := make(chan int)
	go Walk(tree.New(3), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for k := 1; k <= 3; k++ {
		fmt.Printf("Same(New(1), New(%d)) = %v\n", k, Same(tree.New(1), tree.New(k)))
	}
	fmt.Println("size:", size(tree.New(7)))

	// A tree built by hand prints the same whatever the seed.
	t := &tree.Tree{Left: &tree.Tree{Value: 1}, Value: 2, Right: &tree.Tree{Right: &tree.Tree{Value: 4}, Value: 3}}
	fmt.Println(t)
	fmt.Println(t.String(), t.Left)
	fmt.Printf("%T %T %v\n", t, *t, t.Right.Left)
	var empty *tree.Tree
	fmt.Println(empty, empty.String())
	s := fmt.Sprint(tree.New(2))
	fmt.Println(len(s), s[0] == '(')
	var str fmt.Stringer = t
	fmt.Printf("%s|%v|%d\n", str, str, t.Value)
	show := t.String
	t.Value = 20
	fmt.Println(show())
}
