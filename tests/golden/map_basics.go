package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["b"]++
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nope")
	fmt.Println(m, len(m))
	_, ok = m["a"]
	fmt.Println(ok)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"], nm)
	for k, v := range nm {
		fmt.Println(k, v)
	}
	delete(nm, "x")
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	ints := make(map[int]string, 10)
	for i := 10; i > 0; i-- {
		ints[i*7%11] = fmt.Sprint(i)
	}
	fmt.Println(ints)
	fmt.Printf("%v %T %d\n", ints, ints, map[string]int{"x": 1})
	s := map[string][]int{}
	s["a"] = append(s["a"], 1)
	s["a"] = append(s["a"], 2)
	s["b"] = append(s["b"], 3)
	fmt.Println(s)
	nested := map[string]map[string]int{"x": {"y": 1}, "a": {"b": 2, "a": 1}}
	fmt.Println(nested)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	fl := map[float64]string{2.5: "b", -1: "a", 0: "z"}
	fl[-0.0] = "zero"
	fmt.Println(fl, len(fl))
	var any map[interface{}]int = map[interface{}]int{1: 1, "a": 2}
	any[2] = 3
	fmt.Println(len(any), any[1], any["a"], any[2])
	clear(m)
	fmt.Println(m, len(m))
	fmt.Println(map[string]int{})
	ch := map[string]chan int{"a": make(chan int, 1)}
	ch["a"] <- 5
	fmt.Println(<-ch["a"])
}
