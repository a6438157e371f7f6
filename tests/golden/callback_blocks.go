package main

import (
	"fmt"
	"sort"
	"strings"
)

// A less function that asks another goroutine, over channels, how two values compare.
func main() {
	type ask struct {
		a, b  int
		reply chan bool
	}
	asks := make(chan ask)
	go func() {
		for q := range asks {
			q.reply <- q.a < q.b
		}
	}()
	xs := []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 13, 12, 15, 14}
	reply := make(chan bool)
	sort.Slice(xs, func(i, j int) bool {
		asks <- ask{xs[i], xs[j], reply}
		return <-reply
	})
	fmt.Println(xs)

	upper := make(chan rune)
	done := make(chan rune)
	go func() {
		for r := range upper {
			done <- r - 'a' + 'A'
		}
	}()
	fmt.Println(strings.Map(func(r rune) rune {
		upper <- r
		return <-done
	}, "hello"))
	close(upper)
	close(asks)

	// A panic in a callback recovered by the caller, then the same call again.
	for round := 0; round < 3; round++ {
		fmt.Println(round, try(round))
	}
}

func try(round int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	ys := []int{3, 1, 2}
	sort.Slice(ys, func(i, j int) bool {
		if round == 1 {
			panic(fmt.Sprintf("less(%d, %d)", i, j))
		}
		return ys[i] < ys[j]
	})
	return fmt.Sprint(ys)
}
