// What sync.WaitGroup.Go (Go 1.25, used by Go by Example today) does, written with Add, go and
// Done so that Go 1.23 records the output; tests/cli.rs runs the same program written with
// wg.Go and expects this output.
package main

import (
	"fmt"
	"sync"
)

type Group struct {
	sync.WaitGroup
	name string
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	g := &Group{name: "g"}
	for i := 0; i < 3; i++ {
		g.Add(1)
		go func() {
			defer g.Done()
			fmt.Println("in", g.name, i)
		}()
		g.Wait()
	}
}
