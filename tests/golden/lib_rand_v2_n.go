package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type Small uint8

func main() {
	for i := 0; i < 100; i++ {
		if v := rand.N(10); v < 0 || v >= 10 {
			fmt.Println("bad", v)
		}
		if d := rand.N(3 * time.Second); d < 0 || d >= 3*time.Second {
			fmt.Println("bad", d)
		}
		if s := rand.N(Small(7)); s >= 7 {
			fmt.Println("bad", s)
		}
	}
	fmt.Printf("%T %T %T\n", rand.N(5), rand.N(int64(5)), rand.N(2*time.Millisecond))
	defer func() { fmt.Println(recover()) }()
	rand.N(0)
}
