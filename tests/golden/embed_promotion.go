// Fields and methods promoted through embedded structs and pointers, at several depths:
// shadowing by shallower names, value and pointer receivers, method values, go and defer
// of promoted methods, and interface satisfaction by promoted methods.
package main

import "fmt"

type Pos struct{ X, Y int }

func (p Pos) String2() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Pos) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

type Named struct {
	Name string
	ID   int
}

func (n Named) Label() string { return fmt.Sprintf("%s#%d", n.Name, n.ID) }

type Entity struct {
	Named
	Pos
	ID string // shadows Named.ID
}

type Player struct {
	*Entity
	Score int
}

type Team struct {
	Player // Player's promoted fields reach two levels down
	Size   int
}

type Mover interface{ Move(dx, dy int) }
type Labeler interface{ Label() string }

type Level int

func (l *Level) Up() { *l++ }

type Stats struct {
	Level
	hits int
}

func main() {
	e := Entity{Named: Named{"ann", 1}, Pos: Pos{1, 2}, ID: "e-1"}
	fmt.Println(e.Name, e.ID, e.Named.ID, e.X, e.Y, e.Label(), e.String2())
	e.Move(2, 3)
	fmt.Println(e.Pos, e.String2())
	fmt.Printf("%+v\n", e)

	p := Player{Entity: &e, Score: 10}
	p.Move(1, 1) // through the embedded pointer: changes e
	p.Name = "bob"
	fmt.Println(e.String2(), e.Name, p.Label(), p.ID)

	t := Team{Player: p, Size: 3}
	t.X = 100
	t.Score++
	fmt.Println(e.X, p.Score, t.Score, t.Label(), t.Entity.Named.ID)

	label := t.Label // a method value: the receiver is copied now
	move := t.Move   // pointer receiver through *Entity: shares e
	t.Name = "cy"
	move(-100, 0)
	fmt.Println(label(), t.Label(), e.String2())

	done := make(chan bool)
	go func() {
		defer close(done)
		defer t.Move(0, 10)
		t.Move(5, 0)
	}()
	<-done
	fmt.Println(e.String2())

	var m Mover = &e
	var l Labeler = t
	_, _ = m, l
	fmt.Println("*Entity is a Mover, Team is a Labeler")

	var s Stats
	s.Up()
	s.Up()
	s.Level.Up()
	fmt.Println(s.Level, s.hits)
	ps := &s
	ps.Up()
	fmt.Printf("%v %+v\n", s, *ps)
}
