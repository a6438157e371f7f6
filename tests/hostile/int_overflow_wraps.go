// stdout-prefix: -9223372036854775808 255 -128
package main

import "fmt"

func main() {
	x := 9223372036854775807
	var u uint8 = 0
	var b int8 = 127
	x++
	u--
	b++
	fmt.Println(x, u, b)
}
