package main

import "fmt"

func f(x int) (j int, err error) {
	if x > 0 {
		j := x * 2
		if j > 3 {
			return
		}
		fmt.Println(j)
	}
	for err := error(nil); err != nil; {
		return
	}
	return
}

func main() {
	fmt.Println(f(1))
}
