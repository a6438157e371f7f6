package main

func main() {
	k := map[string]int{"a"}
	m := map[string]int{"a": "b"}
	x := 1
	clear(x)
	v, ok, z := m["a"]
	m2 := make(map[string]int, 1, 2)
	var c chan int
	_ = m[c]
	m["a"] = "s"
	_, _, _, _, _, _ = k, v, ok, z, m2
}
