package main

import "fmt"

type P struct {
	X, Y int
	s    string
}

func main() {
	p := P{1, 2, "hid"}
	pp := &p
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v\n", pp, pp)
	fmt.Printf("%T|%T|%T\n", p, pp, []*P{pp})
	fmt.Printf("%v\n", []P{p, {}})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]bool{"t": true})
	fmt.Printf("%#v %#v %#v\n", "q\"s", 42, 3.0)
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X %x\n", "hello", []byte{1, 171}, 3054)
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%3d|%-3d|%03d\n", 7, 7, 7)
	fmt.Printf("%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%c|%U|%#U\n", 'G', 'G', '⌘')
	fmt.Printf("%e %.2e %g\n", 123456.789, 0.000123, 1e-7)
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("%d\n", []int{1, 2})
	fmt.Printf("%v %d\n", [2]bool{true}, map[string]int{"b": 2, "a": 1})
	fmt.Println(fmt.Sprintf("%08.3f|%+08d|%-8s|", 3.14159, 42, "go"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1), "end")
	var ip *int
	fmt.Printf("%v %d\n", ip, []*int{nil})
}
