package main

import (
	"fmt"
	"sync"
)

type Color string
type ID int

func main() {
	m := map[Color]ID{"red": 1, "green": 2, "blue": 3}
	var funcs []func() string
	for k, v := range m {
		funcs = append(funcs, func() string { return fmt.Sprint(k, "=", v) })
	}
	res := map[string]bool{}
	for _, f := range funcs {
		res[f()] = true
	}
	fmt.Println(res)
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := map[Color]int{}
	for k, v := range m {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out[k] = int(v) * 10
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(out, m)
	fmt.Printf("%T %v\n", m, m["red"])
	mm := map[string]map[string]int{}
	fmt.Println(mm["x"]["y"])
	mm["x"]["y"] = 1
}
