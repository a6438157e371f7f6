package main

import (
	"fmt"
	"math"
)

func main() {
	x := -50.0
	for i := 0; i < 400; i++ {
		fmt.Println(math.Sin(x), math.Cos(x))
		x += 0.251327
	}
	for _, v := range []float64{math.Pi, math.Pi / 2, math.Pi / 4, 1e8, 3e8, -1e-300, 0.5, 1, 2, 3, 100, 1000.123} {
		fmt.Println(math.Sin(v), math.Cos(v))
	}
}
