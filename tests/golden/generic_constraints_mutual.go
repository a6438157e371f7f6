// Constraints that name each other's type parameters ([N NodeC[E], E EdgeC[N]]), a
// parameter constrained by an interface over itself, and unions of constraint interfaces
// (Integer | Float).
package main

import "fmt"

type NodeC[E any] interface {
	comparable
	Edges() []E
}

type EdgeC[N any] interface {
	comparable
	Nodes() (a, b N)
}

type Graph[N NodeC[E], E EdgeC[N]] struct{ nodes []N }

type step[N NodeC[E], E EdgeC[N]] struct {
	node N
	via  []E
}

func New[N NodeC[E], E EdgeC[N]](nodes []N) *Graph[N, E] {
	return &Graph[N, E]{nodes: nodes}
}

// Reach counts the nodes reachable from the first one.
func (g *Graph[N, E]) Reach() int {
	seen := map[N]bool{g.nodes[0]: true}
	work := []step[N, E]{{g.nodes[0], nil}}
	for len(work) > 0 {
		s := work[0]
		work = work[1:]
		for _, e := range s.node.Edges() {
			a, b := e.Nodes()
			if a == s.node {
				a = b
			}
			if !seen[a] {
				seen[a] = true
				work = append(work, step[N, E]{a, append(s.via, e)})
			}
		}
	}
	return len(seen)
}

type node int
type edge [2]node

func (n node) Edges() []edge {
	if n >= 4 {
		return nil
	}
	return []edge{{n, n + 1}, {n, n + 2}}
}

func (e edge) Nodes() (a, b node) { return e[0], e[1] }

type Mer[T any] interface{ M(T) }
type MNer[T any] interface {
	Mer[T]
	N()
}

type X int

func (X) M(X) {}
func (X) N()  {}

func conv[T MNer[T]](t T) bool {
	m := Mer[T](t)
	_, ok := m.(MNer[T])
	return ok
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}
type Float interface{ ~float32 | ~float64 }
type Number interface{ Integer | Float }

func sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type celsius float32

func main() {
	g := New[node, edge]([]node{0})
	fmt.Println(g.Reach())
	fmt.Println(conv(X(1)))
	fmt.Println(sum(1, 2, 3), sum(1.5, 2.25), sum[celsius](1, 2), sum[int8](100, 27))
}
