package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -0.0, 1e21, 1e20, 123456789.0, 1.5e-7, 0.000001, 100, 3.14159, 2.0 / 3, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Printf("%e|%E|%g|%G|%8.3f|%-10.2f|%+.1f|%v\n", v, v, v, v, v, v, v, v)
	}
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, fmt.Sprint(negz))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%08.3f|%08.2f|%-6v|\n", -3.5, math.Inf(-1), math.NaN())
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, 1e7, float32(1e7), float32(16777217))
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%g %g %.3g %.10g\n", 1e-5, 123456.0, 1234.5678, 1.0/3)
}
