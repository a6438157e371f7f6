// Conversions between strings and []byte / []rune.
package main

import "fmt"

type word []byte

func main() {
	b := []byte("hello")
	b[0] = 'j'
	fmt.Println(string(b), len(b), b)
	r := []rune("héllo, 世界")
	fmt.Println(len(r), string(r[7:]), r[1])
	r[0] = 'H'
	fmt.Println(string(r))
	var nb []byte
	fmt.Println(string(nb) == "", len([]byte("")))
	w := word("abc")
	fmt.Println(string(w[1:]), string(append([]byte("x"), b...)))
	s := "héllo"
	fmt.Println(len(s), len([]rune(s)))
}
