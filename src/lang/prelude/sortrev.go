// Package sort's Reverse, written in Go (the rest of sort is native, library/sort.rs).

type gopark__sort__reverse struct {
	sort.Interface
}

func (r gopark__sort__reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

func gopark__sort__Reverse(data sort.Interface) sort.Interface {
	return &gopark__sort__reverse{data}
}

// The slice types with sort.Interface's methods and their own Sort and Search.

type gopark__sort__IntSlice []int

func (x gopark__sort__IntSlice) Len() int           { return len(x) }
func (x gopark__sort__IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x gopark__sort__IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x gopark__sort__IntSlice) Sort()              { sort.Sort(x) }
func (x gopark__sort__IntSlice) Search(v int) int   { return sort.SearchInts(x, v) }

type gopark__sort__StringSlice []string

func (x gopark__sort__StringSlice) Len() int             { return len(x) }
func (x gopark__sort__StringSlice) Less(i, j int) bool   { return x[i] < x[j] }
func (x gopark__sort__StringSlice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x gopark__sort__StringSlice) Sort()                { sort.Sort(x) }
func (x gopark__sort__StringSlice) Search(v string) int  { return sort.SearchStrings(x, v) }

type gopark__sort__Float64Slice []float64

func (x gopark__sort__Float64Slice) Len() int { return len(x) }
func (x gopark__sort__Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || x[i] != x[i] && x[j] == x[j]
}
func (x gopark__sort__Float64Slice) Swap(i, j int)         { x[i], x[j] = x[j], x[i] }
func (x gopark__sort__Float64Slice) Sort()                 { sort.Sort(x) }
func (x gopark__sort__Float64Slice) Search(v float64) int {
	return sort.Search(len(x), func(i int) bool { return x[i] >= v })
}
