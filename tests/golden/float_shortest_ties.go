package main

// Floats printed with %v, %g and precisions, %e, %f and their shortest forms (strconv,
// encoding/json): where two shortest decimals are equally close, Go picks the even one.

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		9.489291735001562e+11, 6765.15625, 2335.53125, 5e-324, 2.2250738585072014e-308,
		2.225073858507201e-308, math.MaxFloat64, 1e21, 1e20, 123456789, 1e-5, 1e-4, 0.5,
		1.5, 2.5, 0.125, 0.375, 1e23, 8.41e21, 5e-310, 100000, 999999.5, 9999995,
		0.000123456, 1 << 53, 1<<53 + 2}
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < 300; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		switch i % 4 {
		case 0:
			vals = append(vals, math.Float64frombits(x))
		case 1:
			vals = append(vals, float64(x>>(11+x%40))/math.Pow(2, float64(x%60)))
		case 2:
			vals = append(vals, -float64(x>>11)*math.Pow(10, float64(int(x%40))-20))
		case 3:
			vals = append(vals, math.Float64frombits(x>>12)) // subnormal
		}
	}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3g|%e|%.10f|%8.3f|%G|%.0f|%.17g|%#g|%+.4g\n", v, v, v, v, v, v, v, v, v, v, v)
		f32 := float32(v)
		fmt.Println(v, f32, -v, strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 32))
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			j, _ := json.Marshal([]any{v, f32})
			fmt.Println(string(j))
		}
	}
}
