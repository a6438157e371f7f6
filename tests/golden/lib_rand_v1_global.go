package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// math/rand's top-level functions after rand.Seed follow that seed (Go 1.23), as older
// teaching programs expect: dice, a deck shuffled, a random walk, a password.
func main() {
	rand.Seed(7)
	var rolls []int
	for i := 0; i < 20; i++ {
		rolls = append(rolls, rand.Intn(6)+1)
	}
	fmt.Println("dice:", rolls)

	deck := make([]string, 0, 52)
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			deck = append(deck, v+s)
		}
	}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand:", deck[:5])

	x, y := 0, 0
	for i := 0; i < 1000; i++ {
		switch rand.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
	}
	fmt.Println("walk:", x, y)

	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var sb strings.Builder
	for i := 0; i < 16; i++ {
		sb.WriteByte(letters[rand.Int63()%int64(len(letters))])
	}
	fmt.Println("password:", sb.String())

	fmt.Println(rand.Float64(), rand.Float32(), rand.Int(), rand.Int31(), rand.Int63n(1000))
	fmt.Println(rand.Uint32(), rand.Uint64(), rand.Int31n(50), rand.Perm(6))
	fmt.Printf("%.6f %.6f\n", rand.NormFloat64()*15+100, rand.ExpFloat64()/2)
	buf := make([]byte, 9)
	rand.Read(buf)
	fmt.Println(buf)

	// Seeding again starts the sequence again; equal seeds modulo 2^31-1 agree.
	rand.Seed(7)
	a := rand.Intn(1000)
	rand.Seed(7 + 2147483647)
	fmt.Println(a, rand.Intn(1000))

	// A swap function that draws from the same generator sees Go's numbers.
	n := []int{0, 1, 2, 3, 4, 5, 6, 7}
	var drawn []int
	rand.Shuffle(len(n), func(i, j int) {
		n[i], n[j] = n[j], n[i]
		drawn = append(drawn, rand.Intn(10))
	})
	fmt.Println(n, drawn)
}
