package main

import (
	"errors"
	"fmt"
)

type D struct{ n int }

func (d D) Format(f fmt.State, verb rune) {
	defer func() {
		fmt.Fprint(f, "(deferred)")
	}()
	fmt.Fprint(f, "start")
	if d.n > 0 {
		panic(fmt.Sprintf("bad %d", d.n))
	}
}

type S struct{}

func (S) String() string {
	defer fmt.Print("")
	panic(errors.New("str boom"))
}

type N struct{ p *int }

func (n N) Error() string {
	defer func() {}()
	return fmt.Sprint(*n.p)
}

type Twice struct{}

func (Twice) String() string {
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	fmt.Println(D{0})
	fmt.Println(D{1})
	fmt.Printf("%d|%v\n", D{2}, S{})
	fmt.Println(N{}, "after")
	fmt.Println(Twice{})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(D{3})
		panic("outer")
	}()
	fmt.Println("end")
}
