// append: growth (without printing capacities, which differ from Go's exact policy),
// appending to nil, append(s, t...), and that a full slice's append copies.
package main

import "fmt"

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
	for i := 5; i < 100; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), s[99], s[50])

	t := []int{10, 20}
	s = append(s[:2], t...)
	fmt.Println(s[:5], len(s))
	var none []int
	s = append(s, none...)
	fmt.Println(len(s))

	// Appending within capacity writes into the shared array.
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3])

	// Appending past capacity copies: the original is unchanged afterwards.
	full := []int{1, 2, 3}
	grown := append(full, 4)
	grown[0] = 100
	fmt.Println(full, grown)

	words := []string{}
	for _, w := range []string{"go", "is", "fun"} {
		words = append(words, w+"!")
	}
	fmt.Println(words, len(words))

	nested := [][]int{}
	for i := 0; i < 4; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, i*j)
		}
		nested = append(nested, row)
	}
	fmt.Println(nested)
}

func printSlice(s []int) {
	fmt.Printf("len=%d %v\n", len(s), s)
}
