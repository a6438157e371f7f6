package main

import "fmt"

// Go strings are byte sequences: slicing inside a UTF-8 sequence, bytes that are not
// UTF-8, range decoding with U+FFFD, rune and byte conversions, and %q/%x of such bytes.
func main() {
	s := "héllo"
	fmt.Println(len("é"[:1]), len(s[:2]), s[:2]+s[2:] == s)
	b := string([]byte{0xff, 'a'})
	fmt.Println(len(b), b[0], b[1])
	for i, r := range "a\xffé" {
		fmt.Println(i, r)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), rs[1], string(rs))
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	fmt.Printf("%q %x %X\n", "a\xffé", "a\xff", "\xfe")
	t := "a\xff"
	u := t + "b"
	fmt.Println(len(u), u[1] == 0xff, []byte(u))
	m := map[string]int{"\xff": 1, "\xfe": 2}
	fmt.Println(m["\xff"], m["\xfe"], len(m))
	fmt.Println("\xff" < "\xfe", "\xfe" < "\xff")
	x := s[1:2]
	fmt.Printf("%q %v %d\n", x, []byte(x), len(x))
	var bs []byte
	for i := 0; i < len(s); i++ {
		bs = append(bs, s[i])
	}
	fmt.Println(string(bs) == s)
	fmt.Printf("%q\n", []string{"\xff", "ok"})
	fmt.Printf("%+q %#q %x\n", "héllo", "hi", "héllo")
	fmt.Printf("% x\n", "héllo")
	fmt.Printf("%c %U %q\n", 'é', 'é', 'é')
}
