package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Account struct {
	Owner   string
	Balance Money
	Hist    []Money
	hidden  Money
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "LOW"
	case 1:
		return "HIGH"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	l := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(l)
	fmt.Printf("%v %s\n", l, l.Next)
	var empty *Node
	fmt.Println(empty)
	fmt.Printf("[%v] [%+v] [%d]\n", empty, empty, empty)
	a := Account{"ann", 12345, []Money{1, 250}, 7}
	fmt.Println(a)
	fmt.Printf("%v\n%+v\n%#v\n%d\n", a, a, a, a)
	fmt.Println(Level(0), Level(1), Level(5), []Level{0, 1})
	fmt.Printf("%v %d %s %q %x %5v|%-6v|\n", Level(1), Level(1), Level(0), Level(1), Level(1), Level(0), Level(1))
	m := map[Level]Money{1: 100, 0: 5}
	fmt.Println(m)
	fmt.Printf("%v %+v\n", &a, &struct{ L Level }{1})
	ptrs := []*Account{&a}
	fmt.Println(len(ptrs), ptrs[0].Balance)
}
