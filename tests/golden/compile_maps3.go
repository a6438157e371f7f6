package main

func main() {
	m := make(map[string]int, -1)
	n := make(map[string]int, "x")
	var k int
	for k = range m {
	}
	var x map[string]int = map[int]string{}
	_, _, _ = m, n, x
	delete(m, "a", "b")
	var y = map[string]int{"a": 1}["b"]
	_ = y
	m[1]++
}
