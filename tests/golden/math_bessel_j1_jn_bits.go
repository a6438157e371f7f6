package main

import (
	"fmt"
	"math"
	"os"
)

func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e-300, 1e-20, 3e-9, 1e-8,
		2, 2.8571, 2.8570999, 4.5454, 4.54539999, 8, 7.9999999, 1e10, 1e20, 1e40, 6.8e38, 7e38, 1e91, 1e300, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1.5, 0.5, 3, 10, 100, 1000}
	x := 1e-6
	for x < 1e6 {
		xs = append(xs, x, -x)
		x *= 1.0137
	}
	for i := 0; i < 600; i++ {
		xs = append(xs, float64(i)*0.05)
	}
	return xs
}

func main() {
	verbose := len(os.Args) > 1
	ns := []int{-7, -2, -1, 0, 1, 2, 3, 5, 10, 33, 34, 50, 200, 1000}
	var h uint64 = 14695981039346656037
	mix := func(f float64) {
		b := math.Float64bits(f)
		if f != f {
			b = 0x7ff8000000000001
		}
		for i := 0; i < 8; i++ {
			h ^= (b >> (8 * i)) & 0xff
			h *= 1099511628211
		}
	}
	count := 0
	for _, x := range inputs() {
		vals := []float64{math.J1(x), math.Y1(x)}
		for _, n := range ns {
			vals = append(vals, math.Jn(n, x), math.Yn(n, x))
		}
		for _, v := range vals {
			mix(v)
			count++
		}
		if verbose {
			fmt.Printf("%v", x)
			for _, v := range vals {
				fmt.Printf(" %x", math.Float64bits(v))
			}
			fmt.Println()
		}
	}
	fmt.Println(count, h)
	fmt.Println(math.J1(1), math.Y1(1), math.Jn(2, 1.5), math.Yn(3, 2.5), math.Jn(-3, -4), math.Yn(-3, 0), math.Yn(-2, 0))
	fmt.Println(math.J1(-2.5), math.Y1(-1), math.Jn(5, 1e-10), math.Jn(400, 300), math.Yn(2, 1e300))
}
