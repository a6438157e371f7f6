package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a <b> & c"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("hello", "bye", "", "-").Replace("hello go"))
	pairs := []string{"cat", "dog", "dog", "cat"}
	rp := strings.NewReplacer(pairs...)
	pairs[1] = "bird"
	fmt.Println(rp.Replace("cat chases dog"))
	fmt.Println(strings.NewReplacer().Replace("same"), strings.NewReplacer("é", "e").Replace("café é"))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
