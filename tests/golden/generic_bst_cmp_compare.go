package main

import (
	"cmp"
	"fmt"
	"strings"
)

type BST[K cmp.Ordered, V any] struct {
	root *bnode[K, V]
	size int
}

type bnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bnode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *BST[K, V]) put(n *bnode[K, V], k K, v V) *bnode[K, V] {
	if n == nil {
		t.size++
		return &bnode[K, V]{key: k, val: v}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *BST[K, V]) InOrder(visit func(K, V)) {
	var walk func(*bnode[K, V])
	walk = func(n *bnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func (t *BST[K, V]) Height() int { return height(t.root) }

func height[K cmp.Ordered, V any](n *bnode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *BST[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		var walk func(*bnode[K, V]) bool
		walk = func(n *bnode[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func main() {
	var t BST[string, int]
	for i, w := range strings.Fields("m d x a f z b m") {
		t.Put(w, i)
	}
	fmt.Println(t.size, t.Height())
	t.InOrder(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	fmt.Println(t.Get("f"))
	fmt.Println(t.Get("q"))
	for k, v := range t.All() {
		if k > "m" {
			break
		}
		fmt.Print(k, v, ";")
	}
	fmt.Println()
	var ti BST[float64, []string]
	ti.Put(2.5, []string{"a"})
	ti.Put(-1, nil)
	ti.InOrder(func(k float64, v []string) { fmt.Println(k, v, v == nil) })
	fmt.Printf("%T\n", ti.root)
}
