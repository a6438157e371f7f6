package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	for i := -1; i < 12; i += 4 {
		fmt.Println(i, classify(i))
	}
	x := 2
	switch x {
	case 1, 2:
		fmt.Println("one or two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	switch y := x * 10; y {
	case 20:
		fmt.Println("twenty")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
	for {
		n++
		if n > 5 {
			break
		}
		if n%2 == 0 {
			continue
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		switch i {
		case 3:
			break
		default:
			fmt.Print(i)
		}
	}
	fmt.Println()
	k := 0
	for k < 3 {
		k++
	}
	fmt.Println("k", k)
	if v := k * 2; v > 5 {
		fmt.Println("v big", v)
	} else if v > 2 {
		fmt.Println("v mid", v)
	} else {
		fmt.Println("v small", v)
	}
}
