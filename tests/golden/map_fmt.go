package main

import "fmt"

type T struct {
	M map[string]int
}

func main() {
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%#v\n", m)
	fmt.Printf("%+v\n", T{m})
	fmt.Printf("%x\n", map[string]int{"ab": 255})
	fmt.Printf("%5d|\n", map[int]int{1: 2})
	var nm map[string]bool
	fmt.Printf("%#v %v\n", nm, nm)
	fmt.Printf("%#v\n", T{m})
}
