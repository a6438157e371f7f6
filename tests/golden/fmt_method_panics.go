package main

// A panic in an Error or String method that fmt calls prints as Go's catchPanic writes it
// (%!v(PANIC=String method: ...)), a nil pointer receiver prints <nil>, and a method that
// recovers by itself returns normally.
import (
	"errors"
	"fmt"
)

type A struct{ n int }

func helper(n int) int {
	var m map[string]int
	if n > 1 {
		m["x"] = 1
	}
	return n
}

func (a A) String() string { return fmt.Sprint("A", helper(a.n)) }

type B struct{}

func (B) Error() string { panic(errors.New("inner")) }

type C struct{}

func (C) String() string {
	defer func() { recover() }()
	panic("recovered inside")
}

type D struct{ p *int }

func (d *D) String() string { return fmt.Sprint(*d.p) }

func main() {
	s := fmt.Sprintf("%v and %s and %d", A{1}, A{2}, A{3})
	fmt.Println(s)
	fmt.Println(B{}, C{})
	var e error = B{}
	fmt.Printf("[%v] [%q]\n", e, C{})
	var d *D
	fmt.Println(d, &D{}, A{5})
	var t *T
	fmt.Println(fmt.Errorf("wrapped: %w", E{}), t)
	fmt.Printf("%v|%s|%d\n", S{0}, S{2}, S{3})
	done := make(chan bool)
	go func() {
		fmt.Println("in goroutine:", A{7})
		done <- true
	}()
	<-done
}

type E struct{}

func (E) Error() string { return "custom E" }

type S struct{ n int }

func (s S) String() string {
	if s.n == 0 {
		panic("zero")
	}
	return fmt.Sprint("S", s.n)
}

type T struct{ name string }

func (t T) String() string { return "T:" + t.name }
