// stdout-prefix: -9223372036854775808 0 -128 0
package main

import "fmt"

func main() {
	x, y := -1<<63, -1
	var a, b int8 = -128, -1
	fmt.Println(x/y, x%y, a/b, a%b)
}
