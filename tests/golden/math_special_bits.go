package main

// Expm1, Log1p, the inverse hyperbolic functions, Gamma, Lgamma (times its sign), the error functions and their
// inverses, Cbrt, J0, Y0 and Sin/Cos/Tan (huge arguments too) agree with Go to the bit: a hash of the bits of 6,000 results each.

import (
	"fmt"
	"math"
)

func main() {
	x := uint64(0x2545F4914F6CDD1D)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, -3, 0.84375, 1.25, 6, 28, -28, 33, -33.5, 171.6, 172, 200, -170.5, 1e-9, -1e-9, 1e-300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 1 << 28, 0.85, -0.999999, 0.9999999999, 709.78, -40, 56 * math.Ln2, 1e-20}
	fns := []struct {
		name string
		f    func(float64) float64
	}{
		{"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh},
		{"Atanh", math.Atanh}, {"Gamma", math.Gamma}, {"Erf", math.Erf}, {"Erfc", math.Erfc},
		{"Lgamma", func(v float64) float64 { l, s := math.Lgamma(v); return l * float64(s) }}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv}, {"Cbrt", math.Cbrt}, {"J0", math.J0}, {"Y0", math.Y0}, {"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan},
	}
	for _, fn := range fns {
		h := uint64(0)
		for i := 0; i < 6000; i++ {
			var v float64
			r := next()
			switch {
			case i < len(specials):
				v = specials[i]
			case i%5 == 0:
				v = math.Float64frombits(r)
			case i%5 == 1:
				v = float64(int64(r%2000000)-1000000) / 1000
			case i%5 == 2:
				v = float64(int64(r%200000)-100000) / 100000
			case i%5 == 3:
				v = float64(r>>11) / (1 << 53) * math.Pow(10, float64(int(r%20))-10)
			default:
				v = float64(int64(r%4000)-2000) / 10
			}
			b := math.Float64bits(fn.f(v))
			if b != math.Float64bits(fn.f(v)) {
				panic("x")
			}
			h = h*31 + b
			if i%250 == 0 {
				fmt.Printf("%s(%v) = %v\n", fn.name, v, fn.f(v))
			}
		}
		fmt.Println(fn.name, "hash", h)
	}
}
