package main

import "fmt"

func main() {
	n := 0
	for i := range 3 {
		n += i
	}
	fmt.Println(7 % n)
	n = n - 3
	fmt.Println(7 % n)
}
