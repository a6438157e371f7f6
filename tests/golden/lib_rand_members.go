package main

import (
	"fmt"
	"math/rand"
	"sort"
)

// math/rand's functions and *Rand's methods: ranges and shapes (the numbers differ run to run).
func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		ok = ok && rand.Int31() >= 0 && rand.Int63() >= 0 && rand.Int31n(10) < 10 && rand.Int63n(3) < 3
		f := rand.Float32()
		ok = ok && f >= 0 && f < 1 && rand.ExpFloat64() >= 0
		_ = rand.Uint32()
		_ = rand.Uint64()
		_ = rand.NormFloat64()
	}
	fmt.Println("top-level in range:", ok)
	s := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println("shuffled then sorted:", s)

	r := rand.New(rand.NewSource(7))
	sum := 0.0
	for i := 0; i < 20000; i++ {
		sum += r.NormFloat64()
		ok = ok && r.Int31n(5) < 5 && r.Int63n(5) >= 0 && r.Int31() >= 0 && r.Int63() >= 0
		_, _ = r.Uint32(), r.Uint64()
		ok = ok && r.ExpFloat64() >= 0 && r.Float32() < 1
	}
	fmt.Println("methods in range:", ok, "mean near 0:", sum/20000 < 0.05 && sum/20000 > -0.05)
	p := r.Perm(5)
	sort.Ints(p)
	fmt.Println(p)
	n := 0
	r.Shuffle(4, func(i, j int) { n++ })
	fmt.Println("swaps:", n)
	for _, f := range []func(){
		func() { rand.Int31n(0) },
		func() { r.Int63n(-1) },
		func() { rand.Shuffle(-1, func(i, j int) {}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
