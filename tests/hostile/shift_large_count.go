// stdout-prefix: 0 0 -1 0
package main

import "fmt"

func main() {
	x, n := 12345, 100
	var u uint8 = 200
	neg := -7
	fmt.Println(x<<n, x>>n, neg>>n, u<<n)
}
