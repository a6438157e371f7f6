// Goroutines started from function literals keep their captured variables (by value and by
// reference) across calls that grow their stacks and across collections: the interpreter
// copies a go statement's closure captures to the bottom of the new goroutine's stack.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	words := []string{"alpha", "beta", "gamma"}
	prefix := "xxx"
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			d := depth(200 + i)
			// Garbage, so that collections run while the goroutines live.
			s := ""
			for j := 0; j < 200; j++ {
				s = fmt.Sprint(j, s[:len(s)/2])
			}
			for j := 0; j < 5; j++ {
				buf := make([]int, 100000)
				buf[j] = j
				d += buf[j] - j
			}
			inner := func() string { return prefix + words[i%3] }
			mu.Lock()
			total += d + k
			mu.Unlock()
			results[i] = fmt.Sprintf("%d:%s:%v", i, inner(), len(s) > 0)
		}(i * 10)
	}
	ch := make(chan string)
	for i := 0; i < 3; i++ {
		go func() { ch <- words[i] + prefix }()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-ch] = true
	}
	wg.Wait()
	fmt.Println(total, len(got), got["alphaxxx"], got["gammaxxx"])
	for _, r := range results {
		fmt.Println(r)
	}
}
