// Go 1.20's conversions from a slice to an array pointer, which shares the slice's
// elements, and to an array, which copies them; too short a slice panics.
package main

import "fmt"

func sum(p *[4]int) int { return p[0] + p[1] + p[2] + p[3] }

func main() {
	s := make([]int, 4)
	p := (*[4]int)(s)
	p[1] = 7
	s[2] = 5
	fmt.Println(*p, s, len(p), sum(p))
	arr := [3]string{"a", "b", "c"}
	q := (*[3]string)(arr[:])
	q[0] = "z"
	fmt.Println(arr, *q, q == &arr)
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s) != nil)
	lit := []byte("hey!")
	b := (*[4]byte)(lit)
	b[3] = '?'
	fmt.Println(string(lit), [4]byte(lit))
	defer func() { fmt.Println(recover()) }()
	_ = (*[5]int)(s)
}
