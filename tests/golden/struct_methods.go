package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p Point) Dist() int {
	p.X = abs(p.X) // changes the copy only
	return p.X + abs(p.Y)
}

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Count int

func (c *Count) Inc() { *c++ }

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int { return len(s.items) }

type Named struct {
	Point
	Name string
}

func main() {
	p := Point{-3, 4}
	fmt.Println(p.Dist(), p)
	p.Scale(2) // auto &p
	fmt.Println(p)
	pp := &p
	fmt.Println(pp.Dist(), pp.Add(Point{1, 1})) // auto *pp
	pp.Scale(-1)
	fmt.Println(p, *pp)

	var c Count
	c.Inc()
	c.Inc()
	fmt.Println(c, Celsius(100).F())

	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s.Len())

	n := Named{Point{1, 2}, "n"}
	n.Scale(3)
	fmt.Println(n.X, n.Point.Y, n.Dist(), n)
	fmt.Printf("%+v\n", n)

	ps := []*Point{{1, 1}, {2, 2}}
	for _, q := range ps {
		q.Scale(10)
	}
	fmt.Println(*ps[0], *ps[1])
}
