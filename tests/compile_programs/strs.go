package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", world"
	fmt.Println(t, len(t), t[0], t[len(t)-1])
	fmt.Println(s < t, s == "hello", s != t, "a" > "b")
	count := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 'l' {
			count++
		}
	}
	fmt.Println("l count:", count)
	var b byte = 'A'
	b += 2
	fmt.Println(b, b == 'C')
	x := fmt.Sprint("a", 1, 2, "b")
	y := fmt.Sprintln("a", 1)
	z := fmt.Sprintf("%5d|%-5s|%.2f|%x|%v|%q", 42, "ab", 3.14159, 255, true, "q")
	fmt.Print(x, "\n", y, z, "\n")
	s += "!"
	fmt.Println(s)
}
