package main

import "fmt"

type Z complex128

func main() {
	var z complex128 = 1 + 2i
	w := complex(3.5, -4)
	fmt.Println(z, w, z+w, z*w, z/w, -z, z-w)
	fmt.Println(real(w), imag(w), z == w, z != w)
	var c64 complex64 = complex64(z) / 3
	fmt.Println(c64, complex128(c64))
	fmt.Printf("%v %g %.2f %T %T %e %8.3f|%+v\n", z, w, w, z, c64, z, z, z)
	var zero complex128
	fmt.Println(zero, 5i, 1.5e3i, 0i)
	m := map[complex128]string{1i: "i", 1: "one"}
	fmt.Println(m[1i], m[complex(1, 0)], len(m))
	var x interface{} = z
	fmt.Println(x == interface{}(1+2i), x)
	fmt.Printf("%#v %v\n", Z(3+1i), []complex64{1, 2i})
	const k = 2i * 2i
	fmt.Println(k, real(k), imag(3+4i))
	f := 2.0
	fmt.Println(complex(f, f*2), z/0)
	println(z)
	type S struct{ C complex64 }
	fmt.Printf("%v %+v\n", S{1 + 1i}, S{})
}
