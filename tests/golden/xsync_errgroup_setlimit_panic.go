// GOTRACEBACK=none
// Changing an errgroup's limit while its goroutines run panics.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	block := make(chan struct{})
	g.Go(func() error { <-block; return nil })
	fmt.Println("one running")
	defer fmt.Println("deferred print runs")
	g.SetLimit(4)
	fmt.Println("unreachable")
}
