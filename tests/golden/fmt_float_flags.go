package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 1.0 / 3, 123456789.123, 1e-7, math.Inf(1), math.NaN(), -0.0} {
		fmt.Printf("|%v|%f|%.2f|%8.3f|%-8.2f|%e|%E|%.3e|%g|%G|%.3g|%+.1f|% .2f|%08.2f|\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Printf("%v %g %.10f %6.2v\n", f32, f32, f32, f32)
	fmt.Printf("%x %X %b\n", 1.5, -2.25, 1.0)
	fmt.Printf("%v %.2f %+v %e\n", 1+2i, 1.5-2.5i, complex64(3i), 1e10+1i)
	fmt.Printf("%5.1f|%-7.1e|%#v\n", 2.0, 2.0, 2.0)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Printf("%08.3f|%-08.3f|%+08.3f|%x\n", -3.14159, 3.14159, 3.14159, math.Inf(-1))
}
