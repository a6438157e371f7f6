package main

import (
	"fmt"
	"sort"
)

type P struct {
	Name string
	Age  int
}

type ByAge []P

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func people() []P {
	var ps []P
	for i := 0; i < 200; i++ {
		ps = append(ps, P{fmt.Sprint("p", i), (i * 7919) % 13})
	}
	return ps
}

func main() {
	ps, qs, rs, ss := people(), people(), people(), people()
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Age < qs[j].Age })
	fmt.Println(qs)
	sort.Sort(ByAge(rs))
	fmt.Println(rs)
	sort.Stable(ByAge(ss))
	fmt.Println(ss)
	fmt.Println(sort.IsSorted(ByAge(ss)), sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name }))
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 }))
	i, found := sort.Find(len(xs), func(i int) int { return 7 - xs[i] })
	fmt.Println(i, found)
	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 31337) % 1000
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]]/10 < big[idx[b]]/10 })
	fmt.Println(idx[:40], idx[2500:2540])
}
