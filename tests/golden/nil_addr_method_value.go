package main

import "fmt"

// A method value of a pointer method on a nil pointer is fine until the call reads a field.
type Counter struct {
	name string
	n    int
}

func (c *Counter) Next() int {
	c.n++
	return c.n
}

func main() {
	var c *Counter
	next := c.Next
	fmt.Println("made the method value")
	fmt.Println(next())
}
