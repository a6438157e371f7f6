// Integers converted to float32 are rounded once (through float64 first, these would be
// rounded twice and come out one float32 step lower).
package main

import "fmt"

func main() {
	n := int64(1<<54 + 1<<30 + 1)
	u := uint64(1<<63 + 1<<39 + 1)
	var i8 int8 = -7
	fmt.Println(float32(n), float64(float32(n)), float32(u), float64(float32(u)), float32(i8)/2)
	fmt.Println(float32(n) == float32(1<<54+1<<31))
}
