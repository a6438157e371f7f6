package main

import "fmt"

func main() {
	third := 1.0 / 3.0
	fmt.Println(third, 2.0/3.0, 100000000.0, 123456789.0, 1e20, 1e21, 0.000001, 0.0000001)
	x := 10.0
	y := 3.0
	fmt.Println(x/y, x*y, x-y*4, -x)
	z := 0.0
	fmt.Println(-z, x/z, -x/z, z/z == z/z)
	fmt.Printf("%f %f %f %f\n", third, 1e9, -2.5, 0.0)
	fmt.Printf("%v %v\n", 1e6, 1e-5)
	fmt.Printf("%x %x %x\n", -255, 0, 1<<40)
	fmt.Printf("%d %d\n", -9223372036854775807-1, 9223372036854775807)
	fmt.Printf("%c|%c|%c\n", 0x1F600, 233, 'A'+2)
	fmt.Printf("%q %q %q\n", "a\"b\n", "tab\there", "é")
	fmt.Printf("[%6.0f]\n", 0.0)
	fmt.Printf("[%7s][%3s][%4d][%2d][%6t][%5v]\n", "héllo", "long", -12, 345, true, "x")
	fmt.Printf("[%8f][%4x][%3c][%6q]\n", 3.25, 255, 'z', "q")
	i := 7
	f := float64(i) / 2
	fmt.Println(f, int(f), float64(int(f*10))/10)
	fmt.Println(len(fmt.Sprintf("%d", -1234567)))
}
