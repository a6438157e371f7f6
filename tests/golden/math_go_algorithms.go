// Go's math functions are not all correctly rounded: Hypot(3, 2.5), Sin(math.Pi/6) and
// many Exp, Log, Pow, Tan, Atan... results differ from the nearest float64 in the last
// place. A program's output must still be Go's to the last digit.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Hypot(3, 2.5), math.Hypot(-3, 4), math.Hypot(math.Inf(-1), math.NaN()))
	one := []func(float64) float64{math.Exp, math.Log, math.Tan, math.Atan, math.Asin,
		math.Acos, math.Cbrt, math.Exp2, math.Log10, math.Log2}
	names := []string{"Exp", "Log", "Tan", "Atan", "Asin", "Acos", "Cbrt", "Exp2", "Log10", "Log2"}
	for k, f := range one {
		var sum uint64
		for i := 1; i < 400; i++ {
			x := float64(i)*0.0371 - 7
			switch names[k] {
			case "Asin", "Acos":
				x = float64(i)/400*2 - 1
			case "Log", "Log10", "Log2":
				x = float64(i) * 0.0371
			}
			sum = sum*31 + math.Float64bits(f(x))
		}
		fmt.Printf("%s %x %v %v\n", names[k], sum, f(0.3), f(0.7))
	}
	var sum uint64
	for i := 1; i < 400; i++ {
		x := float64(i)*0.0371 - 7
		y := float64(i%37)*0.31 - 5
		sum = sum*31 + math.Float64bits(math.Pow(math.Abs(x), y)) + math.Float64bits(math.Atan2(y, x)) +
			math.Float64bits(math.Hypot(x, y)) + math.Float64bits(math.Pow(x, float64(i%7)))
	}
	fmt.Printf("Pow/Atan2/Hypot %x\n", sum)
	fmt.Println(math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(10, 23), math.Pow(1.0001, 10000))
	fmt.Println(math.Exp(1), math.Exp(-745.2), math.Exp(710), math.Log(0), math.Log(-1), math.Log(5e-324))
	fmt.Println(math.Atan2(0, -1), math.Atan2(math.Inf(1), math.Inf(-1)), math.Cbrt(-27), math.Cbrt(1e-310))
	frac, exp := math.Frexp(1e-310)
	fmt.Println(frac, exp, math.Ldexp(frac, exp), math.Ldexp(0.75, -1074), math.Ldexp(1, 1024))
	// gopl.io's surface: a sin(r)/r surface in isometric projection.
	const angle = math.Pi / 6
	sin30, cos30 := math.Sin(angle), math.Cos(angle)
	for i := 0; i < 3; i++ {
		x := 30 * (float64(i)/100 - 0.5)
		y := 30 * (float64(i+1)/100 - 0.5)
		r := math.Hypot(x, y)
		z := math.Sin(r) / r
		fmt.Println(300+(x-y)*cos30*12, 160+(x+y)*sin30*12-z*96)
	}
}
