// Range statements: an assignment form evaluates every target's index before it stores
// (as a parallel assignment does), a loop over only the indices of a nil pointer to an array
// never dereferences it, and one that reads the elements panics.
package main

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
	}
	fmt.Println(i, x)

	m := map[string]int{}
	k := "first"
	for k, m[k] = range map[string]int{"second": 2} {
	}
	fmt.Println(k, m)

	var at int
	var r rune
	for at, r = range "hé" {
	}
	fmt.Println(at, string(r))

	var p *[4]int
	sum := 0
	for i := range p {
		sum += i
	}
	for i, _ := range p {
		sum += i
	}
	n := 0
	for range p {
		n++
	}
	fmt.Println(sum, n, len(p))

	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range p {
		fmt.Println(v)
	}
}
