package main

import (
	"fmt"
	"math/big"
)

func main() {
	x, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	y := big.NewInt(255)
	var z *big.Int
	fmt.Printf("%d|%v|%s|%x|%X|%o|%b|%O\n", x, x, x, x, x, y, y, y)
	fmt.Printf("%#x|%#o|%#b|%+d|% d|%08d|%-8d|%8d|%.5d|%8.5x|%.0d|\n", y, y, y, y, y, y, y, y, y, y, big.NewInt(0))
	fmt.Printf("%q|%c|%T|%v\n", y, y, y, z)
	fmt.Println(x, y, []*big.Int{x, y})
	s := fmt.Sprint(y, y)
	fmt.Println(s, len(s))
}
