package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("|%s|%10s|%-10s|%.3s|%10.2s|%q|%+q|%#q|%x|% x|%X|% X|%#x|\n", s, s, s, s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("|%q|%#q|%q|%+q|\n", "tab\there", "back`tick", "\x00\x7f\u00ff", "naïve")
	b := []byte("hi\xff")
	fmt.Printf("|%s|%q|%x|%X|% x|%v|%d|%#v|\n", b, b, b, b, b, b, b, b)
	fmt.Printf("%5q|%-5q|%c|%c|%U|%#U|%q|%+q|%#q\n", 'x', 'y', 'é', 0x1F600, '⌘', '⌘', '\n', '世', 'a')
	fmt.Printf("%q %v %d\n", []rune("añ"), []rune("añ"), []rune("añ"))
	fmt.Printf("%s %v %q\n", []string{"a", "b c"}, []string{"x"}, []string{"q\"", "r"})
	fmt.Printf("%08s|%-08s|%08q\n", "ab", "ab", "ab")
	fmt.Printf("%.1q|%.0s|%.10s|\n", "hello", "gone", "short")
	fmt.Printf("%x|%X|%#X|% #x\n", "hello", "hello", "hi", "hi")
	fmt.Printf("%c|%c|%q|%U\n", -1, 0x110000, 0xD800, -1)
}
