package main

import (
	"fmt"
	"math/rand"
)

// math/rand (v1) with a seeded source prints Go's numbers: every method of *Rand, several
// seeds (0 and seeds equal modulo 2^31-1 give the same sequence), the Source itself.
func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 10; i++ {
		fmt.Println(r.Intn(100), r.Intn(1<<40), r.Int31n(1000), r.Int63n(1e15), r.Int63(), r.Int31())
	}
	for i := 0; i < 10; i++ {
		fmt.Println(r.Uint32(), r.Uint64(), r.Int(), r.Float64(), r.Float32())
	}
	for i := 0; i < 10; i++ {
		fmt.Printf("%.17g %.17g\n", r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(10))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	b := make([]byte, 5)
	for i := 0; i < 4; i++ {
		n, err := r.Read(b[:i+2])
		fmt.Println(n, err, b)
	}
	r.Seed(42)
	fmt.Println("again:", r.Intn(100), r.Intn(1<<40))

	for _, seed := range []int64{0, 1, -1, 7, 2147483647, 2147483648, -9223372036854775808, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Intn(6)+1, r.Float64())
	}

	src := rand.NewSource(2024)
	fmt.Println(src.Int63(), src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())
	src.Seed(2024)
	fmt.Println(src.Int63())
}
