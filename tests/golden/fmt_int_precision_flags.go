package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 1 << 40} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%08b|%c|%q|%U|%#U|\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n, n%300+65, n%300+65, n%300+65, n%300+65)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %x %d %x %d %x %v\n", u8, u8, i8, i8, u64, u64, u64)
	fmt.Printf("%6.3d|%-8.4x|%+.2d|%x|%X\n", 42, 255, 5, -255, -255)
	fmt.Printf("%#08x|%# x|%#-8o|%+08d|% 08d\n", 255, 255, 8, -42, 42)
	fmt.Printf("%.0d|%.0d|%5.0d|\n", 0, 1, 0)
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%x %X % x %#x\n", []int{10, 11, 255}, []uint{10, 255}, []int{1, 2}, []int{3})
}
