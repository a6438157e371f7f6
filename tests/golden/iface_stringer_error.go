package main

import (
	"fmt"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%v (%v years)", p.Name, p.Age)
}



type MyErr struct {
	When int
	What string
}

func (e *MyErr) Error() string {
	return fmt.Sprintf("at %v, %s", e.When, e.What)
}

func run() error {
	return &MyErr{1, "it didn't work"}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

type Loop struct{}

func (Loop) String() string {
	for {
	}
}

func main() {
	a := Person{"Arthur Dent", 42}
	z := Person{"Zaphod Beeblebrox", 9001}
	fmt.Println(a, z)
	fmt.Printf("%v|%s|%q|%d\n", a, a, a, 3)
	fmt.Println([]Person{a, z})
	m := map[string]Person{"x": a}
	fmt.Println(m)
	if err := run(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(ErrNegativeSqrt(-2))
	s := fmt.Sprint(a, "!")
	fmt.Println(len(s), s)
	var e error = ErrNegativeSqrt(-3)
	fmt.Printf("%v %T\n", e, e)
	type pair struct {
		P Person
		n int
	}
	fmt.Printf("%v %+v\n", pair{a, 1}, pair{z, 2})
}
