package main

import (
	"fmt"
	"math/cmplx"
)

type Poly []complex128

func (p Poly) Eval(z complex128) complex128 {
	r := complex128(0)
	for i := len(p) - 1; i >= 0; i-- {
		r = r*z + p[i]
	}
	return r
}

func main() {
	p := Poly{1, 0, 1}
	for _, z := range []complex128{1i, -1i, 2, 1 + 1i} {
		fmt.Printf("p(%v) = %v\n", z, p.Eval(z))
	}
	roots := []complex128{}
	for k := 0; k < 3; k++ {
		roots = append(roots, cmplx.Rect(1, 2*3.141592653589793*float64(k)/3))
	}
	for _, r := range roots {
		fmt.Printf("%.3f |r|=%.3f\n", r, cmplx.Abs(r))
	}
	var c64 complex64 = 3 + 4i
	fmt.Println(c64, real(c64), cmplx.Abs(complex128(c64)))
	switch c64 {
	case 3 + 4i:
		fmt.Println("matched")
	}
	ch := make(chan complex128, 1)
	ch <- 2i
	fmt.Println(<-ch)
	var arr [2]complex64
	arr[1] = 1i
	fmt.Println(arr, arr == [2]complex64{0, 1i})
	fmt.Printf("%v %.1f %T\n", []complex128{1, 2i}, 1.25+2.5i, 3i)
	c := 1 + 2i
	c++
	c -= 2i
	fmt.Println(c, -c, c*c, 1/c)
}
