package main

import (
	"fmt"
	"os"
	"text/template"
)

type Temp struct{ C int }

func (t *Temp) String() string { return fmt.Sprintf("%d°", t.C) }

type Box struct {
	W, H int
	In   Temp
}

func (b *Box) Area() int { return b.W * b.H }
func (b Box) Wide() bool  { return b.W > b.H }

type Pair[T any] struct{ A, B T }

func (p Pair[T]) First() T { return p.A }

func main() {
	boxes := []Box{{2, 3, Temp{5}}, {4, 1, Temp{-2}}}
	t := template.Must(template.New("a").Parse(`{{range .}}{{.Area}} {{.Wide}} {{.In}}; {{end}}` + "\n"))
	fmt.Println(t.Execute(os.Stdout, boxes))
	// A struct passed by value is not addressable: its pointer methods are not found.
	fmt.Println(t.Execute(os.Stdout, [1]Box{{1, 1, Temp{0}}}))
	fmt.Println(template.Must(template.New("b").Parse(`{{.Area}}`)).Execute(os.Stdout, boxes[0]))
	fmt.Println(template.Must(template.New("c").Parse(`{{.Area}} {{.In}}`)).Execute(os.Stdout, &boxes[1]))
	fmt.Println(template.Must(template.New("g").Parse(`{{.First}} {{.B}}`)).Execute(os.Stdout, Pair[string]{"x", "y"}))
}
