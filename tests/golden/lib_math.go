package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()))
	fmt.Println(math.Pi, math.E, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Mod(7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Log(10), math.Exp(1))
	fmt.Println(math.Log2(8), math.Log10(1000), math.IsInf(math.Inf(1), 1), math.Signbit(-1))
	var big float64 = math.MaxFloat64
	fmt.Println(big > 1e308)

	ints := []int{5, 2, 9, -1, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
}
