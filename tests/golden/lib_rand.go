package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100), r.IntN(1000000007))
	fmt.Println(r.Float64(), r.Uint64(), r.Int())
	fmt.Println(r.Perm(8))
	p := rand.NewPCG(1, 2)
	fmt.Println(p.Uint64(), p.Uint64())
	// Top-level functions are random in Go; only their ranges are checked.
	n := rand.IntN(10)
	f := rand.Float64()
	fmt.Println(n >= 0 && n < 10, f >= 0 && f < 1, len(rand.Perm(5)))
}
