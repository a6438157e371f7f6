// A learner's compile error: calling a method another type has, or one that does not exist.
package main

import "fmt"

type Dog struct{ name string }

func (d Dog) Bark() string { return "woof" }

type Cat struct{}

func main() {
	c := Cat{}
	fmt.Println(c.Bark())
	d := Dog{}
	fmt.Println(d.Meow(), d.Name)
}
