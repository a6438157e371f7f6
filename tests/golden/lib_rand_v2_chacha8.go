package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 300; i++ {
		x := c.Uint64()
		if i < 3 || i%61 == 0 || (i >= 122 && i <= 126) {
			fmt.Printf("%d %#x\n", i, x)
		}
	}
	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r.IntN(1000), r.Float64(), r.Perm(5), r.NormFloat64(), r.Uint32())
	var sum int
	for i := 0; i < 1000; i++ {
		sum += r.IntN(10)
	}
	fmt.Println(sum)
}
