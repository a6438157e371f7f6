package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	r.Shuffle(len(s), func(i, j int) {
		s[i], s[j] = s[j], s[i]
		if i%3 == 0 {
			r.IntN(5)
		}
	})
	fmt.Println(s)
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	c.Shuffle(len(s), func(i, j int) {
		s[i], s[j] = s[j], s[i]
		fmt.Print(c.IntN(100), " ")
	})
	fmt.Println(s)
	r.Shuffle(3, func(i, j int) { panic("boom") })
}
