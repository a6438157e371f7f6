// Slices: literals, make, len/cap, indexing, nil slices, printing.
package main

import "fmt"

func main() {
	primes := []int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)
	fmt.Println(len(primes), cap(primes), len(s), cap(s))

	names := []string{"John", "Paul", "George", "Ringo"}
	fmt.Println(names)
	a := names[0:2]
	b := names[1:3]
	fmt.Println(a, b)
	b[0] = "XXX"
	fmt.Println(a, b)
	fmt.Println(names)

	var z []int
	fmt.Println(z, len(z), cap(z))
	if z == nil {
		fmt.Println("nil!")
	}
	e := []int{}
	fmt.Println(e, e == nil, len(e))

	m := make([]int, 5)
	fmt.Println("m", len(m), cap(m), m)
	m2 := make([]int, 0, 5)
	fmt.Println("m2", len(m2), cap(m2), m2)
	m3 := m2[:2]
	fmt.Println("m3", len(m3), cap(m3), m3)
	m4 := m3[2:5]
	fmt.Println("m4", len(m4), cap(m4), m4)

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Println(board[i])
	}
	fmt.Println(board)

	counts := make([]int, 3)
	counts[1]++
	counts[2] += 10
	counts[2] *= 3
	fmt.Println(counts)

	keyed := []string{2: "c", 0: "a", "b"}
	fmt.Println(keyed, len(keyed))
	fs := []float64{1.5, 2, 0.25}
	bs := []bool{true, false}
	fmt.Println(fs, bs)
	fmt.Printf("%v|%d|%q|%T|%T\n", primes, primes, names, names, board)
	fmt.Printf("%5d|%s|%v\n", []int{1, 22}, []string{"x", "y"}, [][]int{{1}, {}, nil})
	str := fmt.Sprint(primes, "!", []string{"a b"})
	fmt.Println(str, len(str))
	hello := "hello, world"
	fmt.Println(hello[7:], hello[:5], hello[3:4], len(hello[2:]))
}
