package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	p := P{1, 2, "pt"}
	pp := &p
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%#o|% d\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 42)
	fmt.Printf("%c|%q|%U|%#U\n", 'A', 'A', 'A', 'A')
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%e|%E|%g|%G|%.3g\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 123456.789, 123456.789, 1e-7, 3.14159)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x|%X|% x\n", "hi", "hi", "hi", "hi", "hello", "hi", "hi", "hi")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%v|%d|%s|%q\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"a": 1})
	fmt.Printf("%v|%T|%T|%T|%T\n", nil, nil, 1.5, "s", []any{1})
	fmt.Printf("%d%%|%v\n", 50, []bool{true, false})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	var ip *int
	fmt.Printf("%v %t\n", ip, ip == nil)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%x %X %x\n", -255, uint8(200), int64(-1))
	fmt.Printf("%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%08.3f|%+.2e\n", -3.5, 1234.5)
	fmt.Printf("%q %v %d\n", 'é', 'x', 'x')
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v %s\n", struct{}{}, struct{ A string }{"z"})
}
