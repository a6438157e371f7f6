package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Counter struct{ n int }

func (c Counter) Inc() int { c.n++; return c.n }

type Incer interface{ Inc() int }

type MyInt int

func (m MyInt) Double() int { return int(m) * 2 }

type Doubler interface{ Double() int }

type Named interface {
	Shape
	Name() string
}

type Sq struct {
	Rect
	name string
}

func (s Sq) Name() string { return s.name }

func describe(i interface{}) {
	switch v := i.(type) {
	case nil:
		fmt.Println("nil!")
	case int:
		fmt.Println("int", v+1)
	case string, bool:
		fmt.Println("string or bool", v)
	case Shape:
		fmt.Println("shape", v.Area())
	default:
		fmt.Println("other", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area(), s.Perimeter())
	}
	var c Incer = Counter{5}
	fmt.Println(c.Inc(), c.Inc())
	var d Doubler = MyInt(21)
	fmt.Println(d.Double())
	var n Named = Sq{Rect{3, 3}, "sq"}
	fmt.Println(n.Name(), n.Area())
	var s Shape = n
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	sq, ok := s.(Sq)
	fmt.Println(sq.name, ok)
	_, ok = s.(Named)
	fmt.Println(ok)
	describe(nil)
	describe(3)
	describe("x")
	describe(true)
	describe(Rect{1, 1})
	describe(2.5)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != b, a == 2, a == "1")
	var p *Circle
	var sh Shape = p
	fmt.Println(sh == nil, sh != nil)
	f := s.Area
	fmt.Println(f())
	var e error
	fmt.Println(e == nil)
	defer func() {}()
	x := interface{}(Rect{1, 2})
	fmt.Println(x.(Rect).W)
	fmt.Println(x.(Shape).Perimeter())
	fmt.Println(x.(int))
}
