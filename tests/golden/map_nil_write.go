package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(len(m), m["a"], m == nil)
	v, ok := m["a"]
	fmt.Println(v, ok)
	delete(m, "a")
	for k := range m {
		fmt.Println("never", k)
	}
	m["a"] = 1
	fmt.Println("unreachable")
}
