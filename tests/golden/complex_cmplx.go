package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

func Cbrt(x complex128) complex128 {
	z := complex128(1)
	for i := 0; i < 10; i++ {
		z = z - (z*z*z-x)/(3*z*z)
	}
	return z
}

func main() {
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)
	fmt.Println(Cbrt(2), cmplx.Pow(Cbrt(2), 3))
	fmt.Println(cmplx.Abs(3+4i), cmplx.Exp(1i*math.Pi), cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))
	r, th := cmplx.Polar(1i)
	fmt.Println(r, th, cmplx.Rect(2, math.Pi/2), cmplx.Conj(1+1i), cmplx.Phase(-1))
	fmt.Println(cmplx.Sqrt(-1), cmplx.Sqrt(2i), cmplx.Sqrt(0.5+0.25i), cmplx.Log(1i), cmplx.Sin(1+1i), cmplx.Cos(1+1i))
	var c complex64 = 1.5 + 2.25i
	c *= c
	c += 1
	fmt.Println(c, real(c)*2)
	fmt.Printf("%.3g|%10.2f|%-8.1f|%+.1e\n", c, 1+2i, 1-2i, 3i)
	zs := []complex128{1, 1i, -1, -1i}
	sum := 0i
	for _, v := range zs {
		sum += v * v
	}
	fmt.Println(sum, sum == 0)
	x := 3
	fmt.Println(complex(float64(x), 0) * 2i)
}
