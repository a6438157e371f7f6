package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []func(float64) float64{math.Sinh, math.Cosh, math.Tanh, math.Log1p}
	names := []string{"Sinh", "Cosh", "Tanh", "Log1p"}
	for k, f := range fs {
		var sum uint64
		for i := 1; i < 4000; i++ {
			x := float64(i)*0.0137 - 25
			if names[k] == "Log1p" {
				x = float64(i)*float64(i)*1e-5 - 0.99
			}
			sum = sum*31 + math.Float64bits(f(x))
		}
		fmt.Printf("%s %x %v %v %v\n", names[k], sum, f(0.3), f(1e-10), f(3))
	}
	for _, n := range []int{-400, -323, -320, -40, -1, 0, 1, 22, 23, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.FMA(0.1, 10, -1), math.Log1p(1e300), math.Log1p(-1), math.Log1p(1e-20))
}
