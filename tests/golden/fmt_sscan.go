// fmt.Sscan, Sscanln and Sscanf: verbs, widths, base prefixes, spaces and newlines, and Go's errors.
package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var ok bool
	var r rune
	fmt.Println(fmt.Sscan("5", &a, &b))
	fmt.Println(fmt.Sscan("", &a))
	{
		n, err := fmt.Sscan("  \n 7 \n 8", &a, &b)
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscanln("7 \n 8", &a, &b))
	fmt.Println(fmt.Sscanln("7 8 9", &a, &b))
	fmt.Println(fmt.Sscan("abc", &a))
	{
		n, err := fmt.Sscan("0x1F 1_000", &a, &b)
		fmt.Println(n, err, a, b)
	}
	{
		n, err := fmt.Sscan("300", &u)
		fmt.Println(n, err, u)
	}
	{
		n, err := fmt.Sscan("99999999999999999999", &a)
		fmt.Println(n, err, a)
	}
	{
		n, err := fmt.Sscan("3.25e2 true hello", &f, &ok, &s)
		fmt.Println(n, err, f, ok, s)
	}
	fmt.Println(fmt.Sscan("yes", &ok))
	{
		n, err := fmt.Sscanf("12-34", "%d-%d", &a, &b)
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscanf("12 34", "%d-%d", &a, &b))
	{
		n, err := fmt.Sscanf("x:5", "x:%d", &a)
		fmt.Println(n, err, a)
	}
	{
		n, err := fmt.Sscanf("ab", "%c%c", &r, &a)
		fmt.Println(n, err, r, a)
	}
	{
		n, err := fmt.Sscanf("ff 11", "%x %b", &a, &b)
		fmt.Println(n, err, a, b)
	}
	{
		n, err := fmt.Sscanf(`"hi there" z`, "%q %s", &s, &s)
		fmt.Println(n, err, s)
	}
	fmt.Println(fmt.Sscanf("5\n6", "%d %d", &a, &b))
	{
		n, err := fmt.Sscanf("5\n6", "%d\n%d", &a, &b)
		fmt.Println(n, err, a, b)
	}
	fmt.Println(fmt.Sscanf("5", "%d %d", &a, &b))
	{
		n, err := fmt.Sscan("-12 +4", &a, &b)
		fmt.Println(n, err, a, b)
	}
	{
		n, err := fmt.Sscan("1.5", &a)
		fmt.Println(n, err, a)
	}
	{
		n, err := fmt.Sscan("12abc", &a, &s)
		fmt.Println(n, err, a, s)
	}
	{
		n, err := fmt.Sscanf("7", "%v", &s)
		fmt.Println(n, err, s)
	}
	fmt.Println(fmt.Sscanf("3", "%s", &a))
	fmt.Println(fmt.Sscan("5", a))
	var bs []byte
	{
		n, err := fmt.Sscan("bytes", &bs)
		fmt.Println(n, err, string(bs))
	}
	var i8 int8
	{
		n, err := fmt.Sscan("-129", &i8)
		fmt.Println(n, err, i8)
	}
	var f32 float32
	{
		n, err := fmt.Sscan("0.1 nan", &f32, &f)
		fmt.Println(n, err, f32, f)
	}
	{
		n, err := fmt.Sscanf("10%", "%d%%", &a)
		fmt.Println(n, err, a)
	}
}

type Celsius float64

func init() {
	var c Celsius
	var p struct{ X, Y int }
	var w1, w2 string
	{
		n, err := fmt.Sscanf("12345678", "%3d%5s", &p.X, &w1)
		fmt.Println(n, err, p.X, w1)
	}
	{
		n, err := fmt.Sscan("36.6", &c)
		fmt.Println(n, err, c)
	}
	{
		n, err := fmt.Sscan("1", &p)
		fmt.Println(n, err)
	}
	{
		n, err := fmt.Sscanf("a b", "%s%s", &w1, &w2)
		fmt.Println(n, err, w1, w2)
	}
	{
		n, err := fmt.Sscanf("héllo wörld", "%s %s", &w1, &w2)
		fmt.Println(n, err, w1, w2)
	}
	{
		n, err := fmt.Sscanf("7 8", "%d", &p.X)
		fmt.Println(n, err)
	}
	{
		n, err := fmt.Sscanf("7", "%d %d %d", &p.X)
		fmt.Println(n, err)
	}
}
