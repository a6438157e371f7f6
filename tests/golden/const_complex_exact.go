// Complex constants keep exact parts, as real constants do: math.MaxUint + 0i is still
// representable as a uint, and shifting by a count of 2^63 or more empties the value.
package main

import (
	"fmt"
	"math"
)

const (
	M    = math.MaxUint
	big  = M + 0.0 + 0i
	third = (1 + 2i) / 3
)

func main() {
	x := 1
	fmt.Println(uint(big), uint64(real(big)), x<<(M+0.), x<<(M+0.+0i), x<<(0i<<x), x<<((1+0i)<<x))
	var u uint = M
	var u64 uint64 = 1 << 63
	n := -8
	fmt.Println(x<<u, x>>u, n>>u64, n<<u64, uint8(200)>>u)
	n >>= u
	x <<= u64
	fmt.Println(n, x)
	const z = (1e15 + 3i) * (1e15 - 3i)
	fmt.Println(real(z) == 1e30+9, real(z) == 1e30, third*3 == 1+2i, imag(third), complex(M, 0) == M)
	var c complex128 = third
	fmt.Println(c, real(complex(M, 1)))
}
