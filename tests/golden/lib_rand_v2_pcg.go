package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64())
	fmt.Println(r.Int32(), r.Uint32(), r.Int64(), r.Uint64(), r.Int(), r.Uint())
	fmt.Println(r.Int32N(1000), r.Uint32N(1000), r.Int64N(1e12), r.Uint64N(7), r.UintN(99), r.Float32())
	for i := 0; i < 2000; i++ {
		a, b := r.NormFloat64(), r.ExpFloat64()
		if i%199 == 0 {
			fmt.Println(a, b)
		}
	}
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Perm(6))
	p := rand.NewPCG(1, 2)
	fmt.Println(p.Uint64())
	p.Seed(1, 2)
	fmt.Println(p.Uint64())
}
