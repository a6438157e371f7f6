package main

import (
	"fmt"
	"sort"
)

type Key struct {
	Name string
	Age  int
}

type Pair struct {
	A, B interface{}
}

func main() {
	m := map[Key]int{}
	m[Key{"bob", 30}]++
	m[Key{"bob", 30}]++
	m[Key{"ann", 25}]++
	keys := make([]Key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Name < keys[j].Name })
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(Key{"a", 1} == Key{"a", 1}, Key{"a", 1} == Key{"a", 2})
	p1 := Pair{1, "x"}
	p2 := Pair{1, "x"}
	fmt.Println(p1 == p2)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Println(anon == struct{ X, Y int }{1, 2})
	fmt.Println(m)
	set := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Key{"k", 0}: "key"}
	fmt.Println(len(set), set[1], set["1"], set[1.0], set[Key{"k", 0}])
	defer func() { fmt.Println("recovered:", recover()) }()
	bad := Pair{[]int{1}, 2}
	fmt.Println(bad == bad)
}
