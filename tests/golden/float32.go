// float32 values are rounded to 32 bits by every operation and conversion and print as Go's
// shortest float32 text.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Vec struct{ X, Y float32 }

func (v Vec) Len() float32 { return float32(math.Sqrt(float64(v.X*v.X + v.Y*v.Y))) }

func main() {
	fmt.Println(float32(1.0) / 7)
	var x float32 = 0.1
	var y float32 = 0.2
	fmt.Println(x+y, x*y, x-y, x/y)
	fmt.Printf("%v %g %f %.3f %e %G %8.2f|%-10v|\n", x, x+y, x, y, x, x*y, y, x)
	fmt.Println(float64(x), float64(x+y))
	z := float32(16777216.0)
	z++
	fmt.Println(z)
	z += 1
	fmt.Println(z, z+1, z+2)
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float32bits(x))
	s := []float32{1.1, 2.2, 3.3}
	fmt.Println(s)
	sum := float32(0)
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum)
	fmt.Printf("%T %v %#v\n", sum, sum, sum)
	f := float32(2.7)
	i := int(f)
	fmt.Println(i, float32(1)/3*3)
	m := map[string]float32{"a": 1.0 / 3}
	fmt.Println(m)
	fmt.Println(float32(math.Pi), float32(1e20), float32(math.MaxFloat32))
	v := Vec{3, 4.1}
	fmt.Println(v, v.Len())
	fmt.Printf("%v %+v\n", v, v)
	var a any = x * 3
	fmt.Println(a)
	big := int64(1<<53 + 1)
	fmt.Println(float32(big), float64(float32(big)))
	n := 123456789
	fmt.Println(float32(n))
	var d float64 = 0.1
	fmt.Println(float32(d), float32(d)*float32(d))
	fmt.Println(strconv.FormatFloat(float64(x), 'g', -1, 32), strconv.FormatFloat(float64(x), 'g', -1, 64))
	p, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(p, err, float32(p))
	fmt.Println(-x, x < y, x == 0.1, math.Sqrt(float64(y)))
	var u uint64 = 1<<64 - 1
	fmt.Println(float32(u))
	println(x)
}
