package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("|%5.2s|%-5.1s|%.0s|%5s|\n", "héllo", "日本", "x", "日本")
	fmt.Printf("|%-8q|%8q|%+q|%#q|%#+q\n", "ü", "ü", "ü☺", "ü☺\n", "ü")
	fmt.Printf("|%x|% X|%#x|% #x|%-10x|%10X|\n", "ü", "ü", "ab", "ab", "a", "a")
	fmt.Printf("|%.2x|%.1X|% .3x|\n", "hello", []byte("hello"), "hello")
	fmt.Printf("|%q|%+q|%#q|%q|%q|\n", 'ü', 'ü', 'ü', '\'', rune(0x7f))
	fmt.Printf("|%c|%c|%c|\n", 'A', 0x4E16, 0x1F4A9)
	fmt.Printf("|%U|%#U|%#U|%U|\n", 0x1F4A9, 0x1F4A9, '\n', 0x10FFFF)
	fmt.Printf("|%s|\n", strings.Repeat("ab", 3))
	fmt.Printf("|%v|%s|\n", []rune("hi"), string([]rune{104, 105}))
	fmt.Printf("%s %v %d\n", []string{}, map[string]int{}, [0]int{})
	fmt.Printf("%6.3v|%-6.3v|%.3v\n", 3.14159, 2.71828, "abcdef")
	fmt.Printf("%3v|%-3v|%03v\n", true, false, true)
	fmt.Printf("%5v|%-5v|%05v|%x\n", []int{1, 2}, []string{"a"}, []int{3}, []string{"ab", "c"})
	fmt.Printf("%v %v\n", [][]int{}, []interface{}{})
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%08.3f|%8.0f|%-+8.2f|%+08d|%x|%X\n", -1.5, 2.5, 3.25, 7, -1, []int{-1})
	fmt.Printf("%o %O %#o %#b %#X\n", 64, 64, 0, 5, 255)
	fmt.Printf("%e %.0e %.0f %.1f %.1f %.1f\n", 0.0, 15.0, 0.5, 0.25, 0.35, -0.05)
}
