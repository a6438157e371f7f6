// The x/sync packages' unexported fields and methods are out of another package's reach.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
	"golang.org/x/sync/singleflight"
)

func main() {
	var g errgroup.Group
	g.done()
	s := semaphore.NewWeighted(1)
	var sf singleflight.Group
	fmt.Println(g.err, s.size, s.cur, sf.m, (*errgroup.Group).done)
}
