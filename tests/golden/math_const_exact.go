package main

import (
	"fmt"
	"math"
)

const (
	deg      = math.Pi / 180
	angle    = math.Pi / 6
	twoThird = 2 * math.Pi / 3
)

func main() {
	fmt.Println(deg, angle, twoThird, math.Pi*math.Pi, math.E/3, math.Sqrt2/3, math.Ln2/7, math.Phi/3)
	fmt.Println(math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Log2E, math.Log10E, math.Ln10/3)
	fmt.Println(math.Sin(angle), math.Cos(angle), math.Sin(math.Pi), math.Cos(math.Pi/2))
	fmt.Println(math.SmallestNonzeroFloat32, math.MaxFloat32)
	var f32 float32 = math.Pi
	fmt.Println(f32, float32(math.E), 90*deg)
	for d := 0.0; d <= 360; d += 45 {
		fmt.Printf("%g %.17g %.17g\n", d, math.Sin(d*deg), math.Cos(d*math.Pi/180))
	}
}
