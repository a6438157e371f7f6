package main

import (
	"fmt"
	"runtime"
	"sync"
)

// goto (backward and forward, out of blocks), runtime.Goexit running deferred calls that
// cannot recover it, clear of slices and maps, anonymous structs, min and max.
type P struct{ X, Y int }

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto loop
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}}, 9))

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		defer fmt.Println("deferred before Goexit")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	s := []int{1, 2, 3}
	t := s[1:]
	clear(t)
	ps := []P{{1, 2}, {3, 4}}
	first := &ps[0]
	clear(ps)
	fmt.Println(len(m), s, t, ps, *first)

	pt := struct {
		Name string
		Age  int
	}{"Ann", 30}
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pt, pt.Name, pts)
	fmt.Printf("%+v %T\n", pt, pt)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(i, 10))
}
