package main

import "fmt"

var registry = map[string]map[string][]int{}

func add(group, name string, v int) {
	inner, ok := registry[group]
	if !ok {
		inner = map[string][]int{}
		registry[group] = inner
	}
	inner[name] = append(inner[name], v)
}

func main() {
	add("b", "y", 1)
	add("a", "x", 2)
	add("b", "y", 3)
	add("b", "a", 4)
	fmt.Println(registry)
	fmt.Printf("%v|%d|%T\n", registry["b"], registry["b"], registry)
	var ifaces = map[interface{}]string{3: "int", "s": "string", true: "bool", 1.5: "float"}
	fmt.Println(len(ifaces), ifaces[3], ifaces["s"], ifaces[true], ifaces[1.5], ifaces[4] == "")
	m := map[int][]string{}
	m[2] = append(m[2], "x", "y")
	m[1] = nil
	fmt.Println(m, len(m[1]), m[1] == nil)
	counter := func() func(string) map[string]int {
		c := map[string]int{}
		return func(k string) map[string]int {
			c[k] += 1
			return c
		}
	}()
	counter("a")
	counter("b")
	fmt.Println(counter("a"))
	empty := map[string]bool{}
	fmt.Println(empty, len(empty))
	keys := map[float64]int{}
	keys[0.0]++
	negZero := 0.0
	negZero = -negZero
	keys[negZero]++
	fmt.Println(keys)
}
