package main

import "fmt"

func main() {
	min := -9223372036854775807 - 1
	m1 := -1
	fmt.Println(min/m1, min%m1)
	max := 9223372036854775807
	fmt.Println(max+1, max*2, max*max, -min, min-1)
	x := 3037000500
	fmt.Println(x * x)
	for s := 60; s <= 66; s += 2 {
		fmt.Println(s, 1<<s, max>>s, min>>s)
	}
	u := 1
	n := 64
	fmt.Println(u<<n, min>>n, max>>n)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	f := -2.7
	fmt.Println(int(f), int(-f), int(f*-10))
	fmt.Println(5&^3, ^5, -(-5))
}
