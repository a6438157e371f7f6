package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum() int       { return p.X + p.Y }
func (p *P) Scale(k int)   { p.X *= k; p.Y *= k }
func (p P) With(x int) P   { p.X = x; return p }

func main() {
	p := P{1, 2}
	sum := P.Sum
	scale := (*P).Scale
	scale(&p, 3)
	fmt.Println(sum(p), P.Sum(p), p)
	fs := []func(P) int{P.Sum, func(q P) int { return q.X }}
	for _, f := range fs {
		fmt.Print(f(p), " ")
	}
	fmt.Println(P.With(p, 9), p)
	(*P).Scale(&p, 2)
	fmt.Printf("%v %T\n", p, sum)
}
