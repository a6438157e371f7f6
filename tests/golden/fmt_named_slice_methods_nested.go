package main

import (
	"errors"
	"fmt"
)

type Stack []int

func (s Stack) String() string { return fmt.Sprintf("Stack%d(cap ok=%v)", len(s), cap(s) >= len(s)) }

type Path []string

func (p Path) Format(f fmt.State, verb rune) {
	for i, s := range p {
		if i > 0 {
			fmt.Fprint(f, "/")
		}
		fmt.Fprintf(f, "%s", s)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, "[w%d]", w)
	}
}

type Errs []error

func (e Errs) Error() string { return fmt.Sprintf("%d errors", len(e)) }

type Holder struct {
	S  Stack
	P  Path
	E  Errs
	s  Stack
	A  *Errs
	SS []Stack
	M  map[string]Path
}

func main() {
	h := Holder{S: Stack{1, 2}, P: Path{"a", "b"}, E: Errs{errors.New("x")}, s: Stack{3}, SS: []Stack{{1}, nil}, M: map[string]Path{"k": {"x"}}}
	fmt.Println(h)
	fmt.Printf("%v\n%+v\n%6v\n", h, h, h)
	fmt.Printf("%d\n", h.SS)
	fmt.Println([]Stack{{1, 2, 3}}, [][]int{{1}}, []Path{{"p", "q"}})
	fmt.Printf("%s %q %x\n", []Stack{{1}}, []Stack{{1}}, []Path{{"z"}})
	var ns Stack
	fmt.Println(struct{ N Stack }{ns}, h.S, &h.S)
}
