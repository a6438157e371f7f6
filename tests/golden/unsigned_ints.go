package main

import "fmt"

func main() {
	var a uint64 = 1<<63 + 5
	var b uint64 = 3
	fmt.Println(a/b, a%b, a>>1, a > b, a < b, float64(a))
	var u uint = 0
	u--
	fmt.Println(u, u/2, u > 1, u>>60)
	var x uint8 = 200
	x += 100
	fmt.Println(x, x/3)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	f := 1.8446744073709552e19 / 2
	fmt.Println(uint64(f))
	fmt.Println(min(a, b), max(a, b))
	for k := uint64(1 << 62); k != 0; k <<= 1 {
		fmt.Println(k, k%10)
	}
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
