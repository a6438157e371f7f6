package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

type Pair struct {
	K string
	V Celsius
}
type Stack []int

func (s Stack) String() string { return fmt.Sprintf("Stack%d", len(s)) }

type Grid [2][2]int

func (g Grid) String() string { return "grid" }

type M map[string]int

func (m M) String() string { return fmt.Sprintf("M(%d)", len(m)) }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, Monday, Sunday)
	fmt.Printf("%v|%s|%d|%.2f|%q|%x|%10v|%-10s|\n", c, c, Monday, c, c, c, c, Monday)
	fmt.Printf("%v %+v %#v\n", Pair{"a", 3}, Pair{"b", 4}, Pair{"c", 5})
	fmt.Println([]Celsius{1, 2}, map[Weekday]Celsius{Monday: 3, Sunday: 1})
	s := Stack{1, 2, 3}
	fmt.Println(s, Grid{}, M{"a": 1})
	fmt.Printf("%v %d %s %x\n", s, s, s, s)
	fmt.Printf("%v\n", struct {
		G Grid
		M M
	}{Grid{}, M{}})
	fmt.Printf("%v %v\n", &s, []Grid{{}})
	var cp *Celsius
	fmt.Println(cp)
	x := Celsius(3)
	cp = &x
	fmt.Println(cp == nil, *cp)
	fmt.Printf("%T %T %T\n", c, s, cp)
}
