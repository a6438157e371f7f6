// Go 1.21's sync.OnceFunc/OnceValue/OnceValues, sync.Map.Range/Swap/CompareAndSwap,
// sync.Pool's New field and slices' Func variants.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type P struct {
	Name string
	Age  int
}

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("init") })
	f()
	f()
	fmt.Println(calls)
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
	vs := sync.OnceValues(func() (string, error) { return "cfg", nil })
	s, err := vs()
	fmt.Println(s, err)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store("c", 3)
	n := 0
	m.Range(func(k, v any) bool { n += v.(int); return true })
	fmt.Println(n)
	old, loaded := m.Swap("a", 10)
	fmt.Println(old, loaded)
	fmt.Println(m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("a", 10, 12))
	x, ok := m.LoadAndDelete("b")
	fmt.Println(x, ok)
	x, ok = m.Load("b")
	fmt.Println(x, ok)
	act, ld := m.LoadOrStore("d", 4)
	fmt.Println(act, ld)
	fmt.Println(m.CompareAndDelete("d", 4))
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	b := pool.Get().(*strings.Builder)
	b.WriteString("pooled")
	fmt.Println(b.String())
	pool.Put(b)
	ps := []P{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 20}}
	byAge := func(a, b P) int { return cmp.Compare(a.Age, b.Age) }
	fmt.Println(slices.MinFunc(ps, byAge), slices.MaxFunc(ps, byAge))
	slices.SortStableFunc(ps, byAge)
	fmt.Println(ps)
	i, found := slices.BinarySearchFunc(ps, 25, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(i, found)
	j, found2 := slices.BinarySearch([]int{1, 3, 5}, 4)
	fmt.Println(j, found2)
	fmt.Println(slices.IndexFunc(ps, func(p P) bool { return p.Name == "Cy" }), slices.ContainsFunc(ps, func(p P) bool { return p.Age > 40 }))
	mm := map[string]int{"z": 1, "y": 2, "x": 3}
	keys := slices.SortedFunc(maps.Keys(mm), func(a, b string) int { return strings.Compare(b, a) })
	fmt.Println(keys)
	ks := slices.SortedStableFunc(maps.Keys(mm), strings.Compare)
	fmt.Println(ks, slices.Sorted(maps.Values(mm)))
}
