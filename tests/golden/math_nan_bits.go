package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{math.Sqrt2 / 2, math.Sqrt2, math.Sqrt2 * 4, 1, 2, 0.5, 5e-324, 2.2250738585072014e-308, 1e308, math.Inf(1), -1, 0} {
		fmt.Println(math.Float64bits(math.Log(x)), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
	}
}

func init() {
	n := math.NaN()
	fmt.Println(math.Float64bits(n), math.Float64bits(math.Sin(math.Inf(1))), math.Float64bits(math.Max(n, 1)),
		math.Float64bits(math.Min(1, n)), math.Float64bits(math.Remainder(1, 0)), math.Float64bits(math.Pow(-2, 0.5)),
		math.Float64bits(math.Asin(2)), math.Float64bits(math.Atan2(n, 1)), math.Float64bits(math.Hypot(n, 1)))
}
