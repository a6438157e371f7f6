package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int8(1)] = "int8 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "true"
	m[nil] = "nil"
	fmt.Println(len(m), m[1], m[int8(1)], m["1"], m[1.0], m[true], m[nil])
	delete(m, nil)
	_, ok := m[nil]
	fmt.Println(len(m), ok)
	var k interface{} = []int{1}
	fmt.Println("about to panic")
	m[k] = "slice"
	fmt.Println("unreachable")
}
