package main

import "fmt"

func main() {
	i := 42
	s := "gopher"
	b := true
	f := 3.5
	fmt.Printf("%d %s %v %t\n", i, s, i, b)
	fmt.Printf("%q %x %x %f\n", s, 255, 4096, f)
	fmt.Printf("%c%c%c\n", 'G', 'o', 33)
	fmt.Printf("[%5d] [%8s] [%3d] [%2s]\n", i, s, 12345, "abc")
	fmt.Printf("%v %v %v %v\n", s, b, f, -7)
	fmt.Printf("%x %q\n", "hi", 'x')
	fmt.Printf("100%%\n")
	fmt.Println(i, s, b, f)
	fmt.Println(0.1+0.2, 1e21, 2.0, 1.5e-7, -0.0)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Print(1, 2, "\n")
	msg := fmt.Sprintf("%s has %d letters", s, len(s))
	fmt.Println(msg, len(msg))
	fmt.Printf("%d%%\n", 50)
	fmt.Println()
	fmt.Println("unicode:", len("héllo"))
}
