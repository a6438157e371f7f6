package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{1, 255.5, -3, 0.1, 1e-310, 0, math.MaxFloat64, 2.0 / 3, 1.9999999} {
		fmt.Printf("%x %X %.2x %.0x %+x %12.3x|\n", f, f, f, f, f, f)
	}
	fmt.Printf("%x %x\n", float32(0.1), math.Copysign(0, -1))
}
