package main

import (
	"fmt"
	"math/bits"
)

func divide(hi, lo, y uint64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("error:", e.Error())
			}
		}
	}()
	q, r := bits.Div64(hi, lo, y)
	fmt.Println("Div64", hi, lo, y, "=", q, r)
}

func main() {
	fmt.Println("UintSize", bits.UintSize)
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, ^uint64(0), 0x0f0f0f0f0f0f0f0f}
	for _, x := range xs {
		fmt.Println(x,
			bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)),
			bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Println(" lz", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)),
			bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x))
		fmt.Println(" tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)),
			bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x))
		fmt.Println(" len", bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)),
			bits.Len32(uint32(x)), bits.Len64(x))
		fmt.Println(" rev", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)),
			bits.Reverse32(uint32(x)), bits.Reverse64(x))
		fmt.Println(" revb", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)),
			bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, -1, -5, 9, 17, 33, 65} {
			fmt.Printf(" rot %d: %x %x %x %x %x\n", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(uint8(x), k),
				bits.RotateLeft16(uint16(x), k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
	}
	for _, p := range [][3]uint64{{1, 2, 0}, {^uint64(0), 1, 0}, {^uint64(0), ^uint64(0), 1}, {5, 7, 1}, {0, 1, 1}} {
		s, c := bits.Add64(p[0], p[1], p[2])
		d, b := bits.Sub64(p[0], p[1], p[2])
		hi, lo := bits.Mul64(p[0], p[1])
		fmt.Println("64:", s, c, d, b, hi, lo)
		s32, c32 := bits.Add32(uint32(p[0]), uint32(p[1]), uint32(p[2]))
		d32, b32 := bits.Sub32(uint32(p[0]), uint32(p[1]), uint32(p[2]))
		hi32, lo32 := bits.Mul32(uint32(p[0]), uint32(p[1]))
		fmt.Println("32:", s32, c32, d32, b32, hi32, lo32)
		su, cu := bits.Add(uint(p[0]), uint(p[1]), uint(p[2]))
		du, bu := bits.Sub(uint(p[0]), uint(p[1]), uint(p[2]))
		hiu, lou := bits.Mul(uint(p[0]), uint(p[1]))
		fmt.Println("uint:", su, cu, du, bu, hiu, lou)
	}
	q, r := bits.Div(3, 7, 10)
	fmt.Println("Div", q, r)
	q32, r32 := bits.Div32(3, 0xffffffff, 7)
	fmt.Println("Div32", q32, r32)
	fmt.Println("Rem", bits.Rem(30, 7, 10), bits.Rem32(30, 7, 10), bits.Rem64(30, 7, 10), bits.Rem64(^uint64(0), 5, 3))
	divide(0, 100, 7)
	divide(1, 0, 3)
	divide(12345, ^uint64(0), 99999)
	divide(1, 2, 0)
	divide(5, 2, 5)
	// A sum of products across 128 bits, as a puzzle would compute it.
	var hi, lo uint64
	for i := uint64(1); i <= 20; i++ {
		h, l := bits.Mul64(i*0x9e3779b97f4a7c15, i+0xabcdef)
		var c uint64
		lo, c = bits.Add64(lo, l, 0)
		hi, _ = bits.Add64(hi, h, c)
	}
	fmt.Println("sum", hi, lo)
	type myUint uint32
	fmt.Println(bits.OnesCount32(uint32(myUint(7))), bits.Len(0))
}
