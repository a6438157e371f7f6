// A learner's compile error: a value where a pointer receiver's method set is needed.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	var i Incer = Counter{}
	Counter{}.Inc()
	fmt.Println(i)
}
